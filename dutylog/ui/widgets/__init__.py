"""Small reusable widgets and helpers shared by the main window and pages."""
