"""Use-cases: take a Session, return plain results or raise typed errors."""
