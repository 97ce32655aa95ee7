"""Framework-free pieces shared by the engines: errors and time."""
