"""The library: packs as single files, who signed them, and what changed between editions.

A pack folder travels as one ``.briefing`` file (a ZIP with a manifest of
SHA-256 hashes, :mod:`.packfile` reads it and :mod:`.writer` writes it),
optionally signed with Ed25519 by an organisation whose public key an IT
department installs (:mod:`.signing`).  :mod:`.changes` compares two editions
of a pack topic by topic, and :mod:`.editions` remembers the edition each
pack was last read in.  The format and the trust model are described in
``docs/packs-and-signing.md``.
"""
