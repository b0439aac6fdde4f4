from sangkien_desktop.cli import main

raise SystemExit(main())
