"""Build the annotated-news site: `python build_site.py [--seeds DIR] [--docs DIR]`."""

from annotated_news.cli import main
from annotated_news.quick_exit import run

run(main)
