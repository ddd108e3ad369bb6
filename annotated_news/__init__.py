"""Annotated news: plain-text articles in, an annotated MkDocs Material site out."""

__version__ = "0.1.0"
