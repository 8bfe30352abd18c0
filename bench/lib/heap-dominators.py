#!/usr/bin/env python3
"""What holds a JVM's heap: the dominator tree of an HPROF heap dump, from its GC roots, with each object's retained
size (shallow sizes as the dump gives them, 16-byte headers, no alignment; classes count as roots, so what a static
field holds is charged to its class). Prints the largest children of the roots: the structures that would be freed
if nothing else referred to them.

Usage: jcmd PID GC.heap_dump FILE (live objects only), then heap-dominators.py FILE [TOP]. A dump of a 40 MB live
heap takes about 20 s and 1 GB of memory here."""
import collections
import struct
import sys

top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
data=open(sys.argv[1],'rb').read()
p=data.index(b'\0')+1
ids=struct.unpack('>I',data[p:p+4])[0]; p+=12
assert ids==8
U=struct.Struct('>Q'); I4=struct.Struct('>I'); H2=struct.Struct('>H')
sizes={2:8,4:1,5:2,6:4,7:8,8:1,9:2,10:4,11:8}
strings={}; classname={}
cls_super={}; cls_fields={}; cls_isize={}
obj_class={}; obj_size={}; obj_refs={}
roots=set()
n=len(data)
while p<n:
    tag=data[p]; length=I4.unpack_from(data,p+5)[0]; body=p+9; end=body+length
    if tag==0x01:
        strings[U.unpack_from(data,body)[0]]=data[body+8:end].decode('utf-8','replace')
    elif tag==0x02:
        cid=U.unpack_from(data,body+4)[0]; nid=U.unpack_from(data,body+16)[0]
        classname[cid]=strings.get(nid,'?')
    elif tag in (0x0c,0x1c):
        q=body
        while q<end:
            st=data[q]; q+=1
            if st==0xff: roots.add(U.unpack_from(data,q)[0]); q+=8
            elif st==0x01: roots.add(U.unpack_from(data,q)[0]); q+=16
            elif st in (0x02,0x03): roots.add(U.unpack_from(data,q)[0]); q+=16
            elif st==0x04: roots.add(U.unpack_from(data,q)[0]); q+=12
            elif st in (0x05,0x07): roots.add(U.unpack_from(data,q)[0]); q+=8
            elif st==0x06: roots.add(U.unpack_from(data,q)[0]); q+=12
            elif st==0x08: roots.add(U.unpack_from(data,q)[0]); q+=16
            elif st==0x20:
                cid=U.unpack_from(data,q)[0]; q+=12; sup=U.unpack_from(data,q)[0]; q+=8*6; isz=I4.unpack_from(data,q)[0]; q+=4
                cls_super[cid]=sup; cls_isize[cid]=isz
                cp=H2.unpack_from(data,q)[0]; q+=2
                for _ in range(cp):
                    q+=2; t=data[q]; q+=1+sizes[t]
                sf=H2.unpack_from(data,q)[0]; q+=2
                srefs=[]
                for _ in range(sf):
                    q+=8; t=data[q]; q+=1
                    if t==2: srefs.append(U.unpack_from(data,q)[0])
                    q+=sizes[t]
                fi=H2.unpack_from(data,q)[0]; q+=2
                fl=[]
                for _ in range(fi):
                    q+=8; fl.append(data[q]); q+=1
                cls_fields[cid]=fl
                obj_class[cid]=cid; obj_size[cid]=64; obj_refs[cid]=[r for r in srefs if r]
                roots.add(cid)  # a class is as good as a root: what its static fields hold is charged to it
            elif st==0x21:
                oid=U.unpack_from(data,q)[0]; q+=12; cid=U.unpack_from(data,q)[0]; q+=8; l=I4.unpack_from(data,q)[0]; q+=4
                obj_class[oid]=cid; obj_size[oid]=16+l; obj_refs[oid]=(q,l,cid); q+=l
            elif st==0x22:
                oid=U.unpack_from(data,q)[0]; q+=12; cnt=I4.unpack_from(data,q)[0]; q+=4; acid=U.unpack_from(data,q)[0]; q+=8
                obj_class[oid]=('[]',acid); obj_size[oid]=16+8*cnt
                obj_refs[oid]=[x for x in struct.unpack_from('>%dQ'%cnt,data,q) if x]; q+=8*cnt
            elif st==0x23:
                oid=U.unpack_from(data,q)[0]; q+=12; cnt=I4.unpack_from(data,q)[0]; t=data[q+4]; q+=5
                obj_class[oid]=('prim',t); obj_size[oid]=16+cnt*sizes[t]; obj_refs[oid]=[]; q+=cnt*sizes[t]
            else: raise SystemExit('subtag %x'%st)
    p=end
# An instance's references, read from its field values with its class's layout (own fields, then superclasses').
layout_cache={}
def layout(cid):
    if cid in layout_cache: return layout_cache[cid]
    out=[]; c=cid
    while c:
        out.extend(cls_fields.get(c,[])); c=cls_super.get(c,0)
    layout_cache[cid]=out; return out
def refs(o):
    r=obj_refs[o]
    if isinstance(r,tuple):
        q,l,cid=r; res=[]
        for t in layout(cid):
            if t==2:
                v=U.unpack_from(data,q)[0]
                if v: res.append(v)
            q+=sizes[t]
        obj_refs[o]=res; return res
    return r
def name(o):
    c=obj_class.get(o)
    if isinstance(c,tuple):
        if c[0]=='[]': return classname.get(c[1],'?')+'[]'
        return {4:'boolean[]',5:'char[]',6:'float[]',7:'double[]',8:'byte[]',9:'short[]',10:'int[]',11:'long[]'}[c[1]]
    if o==c: return 'class '+classname.get(o,'?')
    return classname.get(c,'?')
# Dominators (Cooper, Harvey and Kennedy's iterative algorithm) over a depth-first walk from a virtual root that
# points at every GC root; nodes are numbered in preorder, so a node's dominator always has a lower number.
ROOT=0
order=[]; idx={}
stack=[(ROOT,iter([r for r in roots if r in obj_class]))]
idx[ROOT]=0; order.append(ROOT)
preds=collections.defaultdict(list)
while stack:
    v,it=stack[-1]
    for w in it:
        if w not in obj_class: continue
        preds[w].append(v)
        if w not in idx:
            idx[w]=len(order); order.append(w); stack.append((w,iter(refs(w)))); break
    else:
        stack.pop()
N=len(order); dom=[-1]*N; dom[0]=0
pi=[[idx[u] for u in preds[order[i]] if u in idx] for i in range(N)]
def intersect(a,b):
    while a!=b:
        while a>b: a=dom[a]
        while b>a: b=dom[b]
    return a
changed=True; it=0
while changed:
    changed=False; it+=1
    for i in range(1,N):
        ps=[x for x in pi[i] if dom[x]!=-1]
        if not ps: continue
        nd=ps[0]
        for x in ps[1:]: nd=intersect(x,nd)
        if dom[i]!=nd: dom[i]=nd; changed=True
ret=[obj_size[order[i]] if i else 0 for i in range(N)]
for i in range(N-1,0,-1):
    if dom[i]>=0 and dom[i]!=i: ret[dom[i]]+=ret[i]
print(f"objects {N}, iterations {it}, total {ret[0]/1e6:.1f} MB")
kids=[(ret[i],i) for i in range(1,N) if dom[i]==0]
kids.sort(reverse=True)
for r,i in kids[:top]: print(f"{r/1e6:7.2f} MB  {name(order[i])}")
