"""Nominating upward: nominations within quotas, their checks and papers, the bundle, targets and their report."""
