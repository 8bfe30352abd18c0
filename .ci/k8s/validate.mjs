// Validates rendered manifests (multi-document YAML files given as arguments):
//  1. every object against the Kubernetes JSON schema of its apiVersion and kind (the schemas ship in the npm
//     package kubernetes-models; types, required fields and enums are checked, unknown fields are not);
//  2. the CloudNativePG Cluster, whose schema is not in that package, against the fields this project relies on;
//  3. the rules this project keeps for its own workload (hardening, probes, resources, selectors that match).
// Prints one line per problem and exits 1 when there is any.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const problems = [];
const problem = (file, obj, message) =>
  problems.push(`${file}: ${obj?.kind ?? "?"}/${obj?.metadata?.name ?? "?"}: ${message}`);

async function schemaCheck(file, obj) {
  const [group, version] = obj.apiVersion.includes("/") ? obj.apiVersion.split("/") : [null, obj.apiVersion];
  if (group === "postgresql.cnpg.io") {
    return cnpgClusterCheck(file, obj);
  }
  const path = group ? `kubernetes-models/${group}/${version}/${obj.kind}` : `kubernetes-models/${version}/${obj.kind}`;
  let model;
  try {
    model = await import(path);
  } catch {
    return problem(file, obj, `no schema for ${obj.apiVersion} ${obj.kind}`);
  }
  try {
    new model[obj.kind](obj).validate();
  } catch (e) {
    problem(file, obj, `schema: ${e.message}`);
  }
}

function cnpgClusterCheck(file, c) {
  if (c.apiVersion !== "postgresql.cnpg.io/v1" || c.kind !== "Cluster") {
    return problem(file, c, `unexpected CloudNativePG object ${c.apiVersion} ${c.kind}`);
  }
  const s = c.spec ?? {};
  if (!Number.isInteger(s.instances) || s.instances < 1) problem(file, c, "spec.instances must be an integer >= 1");
  if (typeof s.storage?.size !== "string" || !/^\d+(Mi|Gi|Ti)$/.test(s.storage.size))
    problem(file, c, "spec.storage.size must be a quantity such as 20Gi");
  const init = s.bootstrap?.initdb;
  if (!init?.database || !init?.owner || !init?.secret?.name)
    problem(file, c, "spec.bootstrap.initdb needs database, owner and secret.name");
  for (const [k, v] of Object.entries(s.postgresql?.parameters ?? {}))
    if (typeof v !== "string") problem(file, c, `spec.postgresql.parameters.${k} must be a string`);
}

const matches = (selector, labels) =>
  selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

function workloadRules(file, objects) {
  const deployments = objects.filter((o) => o.kind === "Deployment");
  const byKind = (kind) => objects.filter((o) => o.kind === kind);
  const configMaps = new Set(byKind("ConfigMap").map((o) => o.metadata.name));
  if (deployments.length === 0) problem(file, null, "no Deployment rendered");
  for (const d of deployments) {
    const pod = d.spec.template.spec;
    const podLabels = d.spec.template.metadata?.labels;
    if (!matches(d.spec.selector.matchLabels, podLabels)) problem(file, d, "selector does not match the pod labels");
    if (pod.securityContext?.runAsNonRoot !== true) problem(file, d, "pod must set runAsNonRoot");
    if (pod.securityContext?.seccompProfile?.type !== "RuntimeDefault") problem(file, d, "pod needs seccomp RuntimeDefault");
    if (pod.automountServiceAccountToken !== false) problem(file, d, "service account token must not be mounted");
    if (!(pod.terminationGracePeriodSeconds >= 30)) problem(file, d, "terminationGracePeriodSeconds must cover the shutdown timeout");
    for (const c of pod.containers) {
      const sc = c.securityContext ?? {};
      if (sc.allowPrivilegeEscalation !== false) problem(file, d, `${c.name}: allowPrivilegeEscalation must be false`);
      if (sc.readOnlyRootFilesystem !== true) problem(file, d, `${c.name}: root filesystem must be read-only`);
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) problem(file, d, `${c.name}: must drop ALL capabilities`);
      const tmp = (c.volumeMounts ?? []).find((m) => m.mountPath === "/tmp");
      const tmpVolume = tmp && (pod.volumes ?? []).find((v) => v.name === tmp.name);
      if (!tmpVolume?.emptyDir) problem(file, d, `${c.name}: /tmp must be an emptyDir`);
      if (c.readinessProbe?.httpGet?.path !== "/q/health/ready") problem(file, d, `${c.name}: readiness on /q/health/ready`);
      if (c.livenessProbe?.httpGet?.path !== "/q/health/live") problem(file, d, `${c.name}: liveness on /q/health/live`);
      if (!c.startupProbe) problem(file, d, `${c.name}: needs a startup probe`);
      if (!c.lifecycle?.preStop) problem(file, d, `${c.name}: needs a preStop hook`);
      if (!c.resources?.requests?.cpu || !c.resources?.requests?.memory || !c.resources?.limits?.memory)
        problem(file, d, `${c.name}: needs cpu and memory requests and a memory limit`);
      for (const ref of c.envFrom ?? [])
        if (ref.configMapRef && !configMaps.has(ref.configMapRef.name))
          problem(file, d, `${c.name}: ConfigMap ${ref.configMapRef.name} is not rendered`);
    }
    const served = (kind, selectorOf) =>
      byKind(kind).some((o) => matches(selectorOf(o), podLabels));
    if (!served("Service", (s) => s.spec.selector)) problem(file, d, "no Service selects its pods");
    if (!served("PodDisruptionBudget", (p) => p.spec.selector.matchLabels)) problem(file, d, "no PodDisruptionBudget selects its pods");
    if (!served("NetworkPolicy", (n) => n.spec.podSelector.matchLabels)) problem(file, d, "no NetworkPolicy selects its pods");
    if (!byKind("HorizontalPodAutoscaler").some((h) => h.spec.scaleTargetRef.kind === "Deployment" && h.spec.scaleTargetRef.name === d.metadata.name))
      problem(file, d, "no HorizontalPodAutoscaler scales it");
  }
  for (const s of byKind("Service"))
    if (s.metadata.name === "tierdesk" && (s.spec.ports ?? []).some((p) => p.targetPort === "management" || p.targetPort === 9000))
      problem(file, s, "the public Service must not expose the management port");
  for (const n of byKind("NetworkPolicy"))
    for (const rule of n.spec.ingress ?? [])
      if ((rule.from ?? []).some((f) => f.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === "ingress-nginx")
          && (rule.ports ?? []).some((p) => p.port === 9000))
        problem(file, n, "the ingress controller must not reach the management port");
  for (const n of byKind("NetworkPolicy")) {
    const types = n.spec.policyTypes ?? [];
    if (!types.includes("Ingress") || !types.includes("Egress")) problem(file, n, "must restrict both ingress and egress");
    for (const rule of n.spec.egress ?? [])
      for (const peer of rule.to ?? [])
        if (peer.podSelector && deployments.some((d) => matches(peer.podSelector.matchLabels, d.spec.template.metadata?.labels)))
          problem(file, n, "an egress peer selects the service's own pods (a label leaked into a peer selector?)");
  }
  for (const c of byKind("Cluster")) {
    const allowed = byKind("NetworkPolicy").some((n) => (n.spec.egress ?? []).some((r) =>
      (r.to ?? []).some((p) => p.podSelector?.matchLabels?.["cnpg.io/cluster"] === c.metadata.name)));
    if (!allowed) problem(file, c, "no NetworkPolicy lets the service reach this database");
  }
}

for (const file of process.argv.slice(2)) {
  const objects = yaml.loadAll(readFileSync(file, "utf8")).filter(Boolean);
  for (const obj of objects) {
    if (!obj.apiVersion || !obj.kind) {
      problem(file, obj, "missing apiVersion or kind");
      continue;
    }
    await schemaCheck(file, obj);
  }
  workloadRules(file, objects);
  console.log(`${file}: ${objects.length} objects checked`);
}
for (const p of problems) console.log(`FAIL ${p}`);
process.exit(problems.length ? 1 : 0);
