"""Links from the exports to the site's pages."""

from __future__ import annotations


def site_link(site_url: str, path: str) -> str:
    """`path` (from the site root) made absolute from `site_url`, if given.

    Without a `site_url` the path stays relative to the site root, where the
    exports live.
    """
    if not site_url:
        return path
    return (site_url if site_url.endswith("/") else site_url + "/") + path
