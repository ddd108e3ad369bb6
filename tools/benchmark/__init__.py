"""`make bench`: build speed, size and search at 1,000 to 10,000 articles."""
