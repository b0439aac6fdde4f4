"""Demo data: fictional dossiers, councils, decisions, targets and nominations, reproducible from a seed."""
