"""Folders authors already write, opened as packs: MkDocs projects, Obsidian vaults, Markdown.

``load_pack(path)`` (:mod:`briefing_app.core.pack.loader`) reads a folder
without ``briefing.yaml`` through this package when :mod:`.detect` names
its kind; the result is an ordinary :class:`~briefing_app.core.pack.model.Pack`.

========== ==============================================================
``detect``   which kind of folder it is
``mkdocs``   ``mkdocs.yml``: title, ``docs_dir``, ``nav``
``folder``   the tree of a folder (natural order, index pages)
``pages``    one Markdown page: front matter, title, body
``wikilinks`` ``[[links]]``, embeds and relative links made topic links
``names``    natural sort, ids from paths, titles from names
``load``     the pack made of all these
``changes``  which files to watch, and which changes need a reload
========== ==============================================================
"""
