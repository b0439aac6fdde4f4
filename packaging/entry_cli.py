"""The bundle's console program (``sangkien``): the same command line as ``sangkien`` from pip."""

from sangkien_desktop.cli import main

raise SystemExit(main())
