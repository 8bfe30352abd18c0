# Replaces one "## HEADING" section of a Markdown document (up to the next "## " heading) with a new text, or
# appends it when the document has no such section yet. Source it, then:
#
#   replace_doc_section DOC SECTION-FILE "HEADING"
#
# SECTION-FILE starts with the "## HEADING" line itself.

replace_doc_section() {
  mkdir -p "$(dirname "$1")"
  python3 - "$1" "$2" "$3" <<'PY'
import os, re, sys
doc, section, heading = sys.argv[1], open(sys.argv[2]).read().rstrip("\n") + "\n", sys.argv[3]
text = open(doc).read() if os.path.exists(doc) else "# Performance\n\nMeasurements of tierdesk, each with the command that reproduces it.\n"
pattern = re.compile(r"^## " + re.escape(heading) + r"\n.*?(?=^## |\Z)", re.S | re.M)
m = pattern.search(text)
if m:
    text = text[:m.start()] + section + ("\n" if m.end() < len(text) else "") + text[m.end():]
else:
    text = text.rstrip("\n") + "\n\n" + section
open(doc, "w").write(text)
PY
}
