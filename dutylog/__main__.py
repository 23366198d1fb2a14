from dutylog.launch import main

raise SystemExit(main())
