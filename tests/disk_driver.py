"""Run two builds in a prepared place (a tiny tmpfs, a read-only folder).

    python -m tests.disk_driver SEEDS OUT EXTRA_SEED [--site CONFIG]

The first build writes OUT/docs (and OUT/site) from SEEDS; then EXTRA_SEED
is copied into SEEDS and a second build runs. Prints one JSON object: both
exit statuses, the second build's stderr, whether the output folders kept
their exact bytes, and what OUT holds afterwards. Used by test_disk_errors.py
inside a mount namespace, where the test cannot look itself.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from annotated_news.cli import main


def digest(folder: Path) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            h.update(path.relative_to(folder).as_posix().encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


def run() -> dict[str, object]:
    seeds, out, extra = (Path(a) for a in sys.argv[1:4])
    args = ["--seeds", str(seeds), "--docs", str(out / "docs"), "--no-cache"]
    args += ["-j1", "--quiet"]
    folders = [out / "docs"]
    if "--site" in sys.argv:
        config = sys.argv[sys.argv.index("--site") + 1]
        args += ["--site", str(out / "site"), "--config-file", config]
        folders.append(out / "site")
    first = main(args)
    before = [digest(f) for f in folders]
    if os.environ.get("DRIVER_READ_ONLY"):
        out.chmod(0o555)
    if os.environ.get("DRIVER_REMOUNT_RO"):  # inside `unshare -m`, as root
        subprocess.run(["mount", "--bind", str(out), str(out)], check=True)
        subprocess.run(["mount", "-o", "remount,bind,ro", str(out)], check=True)
    shutil.copy(extra, seeds / extra.name)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        second = main(args)
    return {
        "first": first,
        "second": second,
        "err": err.getvalue(),
        "kept": [digest(f) for f in folders] == before,
        "left": sorted(p.name for p in out.iterdir()),
    }


if __name__ == "__main__":
    print(json.dumps(run()))
