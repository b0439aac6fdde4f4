"""``python -m sangkien_desktop``: the ``sangkien`` command."""

import sys

from sangkien_desktop.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # Papers for big packages are drawn in spawned worker processes: in a frozen build
        # each worker starts this same program, which must hand over to the worker at once.
        # (Not imported otherwise: multiprocessing costs start-up time a plain run never uses.)
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
