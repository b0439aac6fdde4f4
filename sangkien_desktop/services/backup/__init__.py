"""Backups of a data folder: taking, verifying, restoring and pruning them."""
