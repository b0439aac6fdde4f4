"""Reference files for document writers, and the helpers that compare against them."""
