"""Render the Markdown site with MkDocs into a staging folder, then swap it in.

`mkdocs build --strict` runs in-process; the project's MkDocs hooks add the
search index after the build. Only a build that passes strict mode replaces
the site folder, so a failure leaves the published site as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from .errors import RenderError
from .writer import staging_folder, swap_into_place


def publish_site(config_file: Path, docs_dir: Path, site_dir: Path) -> None:
    """Build `docs_dir` with MkDocs into `site_dir`, atomically.

    Raises:
        RenderError: when MkDocs reports a warning (strict mode) or fails.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
    handler.setLevel(logging.WARNING)
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(handler)
    try:
        with staging_folder(site_dir) as staging:
            config = load_config(
                str(config_file),
                docs_dir=str(docs_dir.resolve()),
                site_dir=str(staging.resolve()),
                strict=True,
            )
            build(config)
            swap_into_place(staging, site_dir)
    except MkDocsException as err:
        raise RenderError(f"mkdocs build --strict failed: {err}") from None
    finally:
        mkdocs_log.removeHandler(handler)
