"""The `kg` commands, a module per group; importing one registers its commands on the
root app (kg.shell.app)."""
