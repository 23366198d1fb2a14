from dutylog.cli import main

raise SystemExit(main())
