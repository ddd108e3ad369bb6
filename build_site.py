"""Build the annotated-news site: `python build_site.py [--seeds DIR] [--docs DIR]`."""

from annotated_news.cli import main

raise SystemExit(main())
