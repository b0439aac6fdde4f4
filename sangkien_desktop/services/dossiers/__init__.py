"""Dossiers: saving and reading them, the list, the bin, drafts, attachments, checks and history."""
