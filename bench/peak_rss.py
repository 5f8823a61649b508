"""Run `geokg ARGS...` in this process, then print its peak resident memory to stderr as
`peak-rss-kb N`, so a parent measures one command without counting itself.

    python bench/peak_rss.py ingest corpus.jsonl --store /tmp/store
"""

import resource
import sys

from geokg.cli import main

try:
    main(sys.argv[1:], prog_name="geokg")
except SystemExit as done:
    code = done.code
print("peak-rss-kb", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
