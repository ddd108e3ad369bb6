"""Turn a read seed into an `Article`: blocks, sentences, title and slug."""
