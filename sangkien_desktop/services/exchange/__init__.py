"""Files that travel: JSON interchange, Excel, exchange packages in and out, what lower units sent, the portal outbox."""
