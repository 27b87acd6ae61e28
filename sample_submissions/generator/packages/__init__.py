"""实施方案整套材料: the packages, archives and loose attachments districts really send, with their truth."""
