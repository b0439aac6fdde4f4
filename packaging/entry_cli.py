"""The bundle's console program (``sangkien``): the same command line as ``sangkien`` from pip."""

import multiprocessing

from sangkien_desktop.cli import main

if __name__ == "__main__":
    # A worker process drawing papers for a big package (services.exchange.paper_render) is this
    # same executable started again: freeze_support hands it over to the worker code at once.
    multiprocessing.freeze_support()
    raise SystemExit(main())
