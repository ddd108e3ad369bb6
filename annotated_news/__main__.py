"""`python -m annotated_news [--seeds DIR] [--docs DIR] [--site DIR]`, as build_site.py."""

from .cli import main
from .quick_exit import run

run(main)
