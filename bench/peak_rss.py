"""Run `geokg ARGS...` in this process, then print its peak resident memory to stderr as
`peak-rss-kb N`, so a parent measures one command without counting itself.

    python bench/peak_rss.py ingest corpus.jsonl --store /tmp/store

The peak is the kernel's high-water mark for this program (VmHWM), which starts afresh at exec;
`ru_maxrss` would carry over the parent's peak from before the exec.
"""

import resource
import sys
from pathlib import Path

from geokg.cli import main


def peak_kb() -> int:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # other systems: best effort


try:
    main(sys.argv[1:], prog_name="geokg")
except SystemExit as done:
    code = done.code
print("peak-rss-kb", peak_kb(), file=sys.stderr)
sys.exit(code)
