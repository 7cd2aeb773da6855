"""Four interface languages: the translation sources are complete, a window started in a
language shows it (plurals too), and the language is chosen as documented."""

from __future__ import annotations

import ast
import re
import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

import briefing_app
from briefing_app import cli
from briefing_app.core import load_pack
from briefing_app.ui import i18n
from briefing_app.ui.window.main_window import MainWindow
from briefing_app.ui.window.shortcuts import has_mnemonic, mnemonic
from tests.conftest import run_python
from tests.ui.window.test_shortcuts import unreachable

ROOT = Path(briefing_app.__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "i18n"
TRANSLATED = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
#: Plural forms Qt's rules give each language (lupdate writes as many numerusform slots).
FORMS = {"ru": 3, "zh_CN": 1}
#: Placeholders a translation must keep: %1..%9, %n, %Ln, and QProgressBar's %p.
PLACEHOLDER = re.compile(r"%L?n|%\d|%p")

Message = tuple[str, str, str, bool]  # context, source, disambiguation, numerus


def ts_file(language: str) -> Path:
    return TS_DIR / f"briefing_{language}.ts"


def messages(path: Path) -> Iterator[tuple[Message, ET.Element]]:
    """Yield every message of a .ts file with its <translation> element."""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                message.get("numerus") == "yes",
            )
            translation = message.find("translation")
            assert translation is not None
            yield key, translation


def lupdate(targets: list[Path]) -> None:
    """Run pyside6-lupdate over the interface sources into ``targets`` (new .ts files)."""
    script = (
        "import sys; from PySide6.scripts.pyside_tool import lupdate; "
        "sys.argv[0] = 'pyside6-lupdate'; sys.exit(lupdate())"
    )
    command = [sys.executable, "-c", script, "-extensions", "py", "-no-obsolete"]
    command += ["-locations", "none", str(ROOT / "briefing_app" / "ui"), "-ts"]
    result = subprocess.run(
        command + [str(t) for t in targets], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def found_now(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[Message, int]]:
    """What lupdate finds in the sources today, per language: message -> forms expected."""
    folder = tmp_path_factory.mktemp("lupdate")
    targets = [folder / f"briefing_{language}.ts" for language in TRANSLATED]
    lupdate(targets)
    found = {}
    for language, target in zip(TRANSLATED, targets, strict=True):
        found[language] = {
            key: max(1, len(translation.findall("numerusform")))
            for key, translation in messages(target)
        }
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_its_plural_forms_and_placeholders(
    language: str, found_now: dict[str, dict[Message, int]]
):
    problems = []
    for key, translation in messages(ts_file(language)):
        context, source, _comment, numerus = key
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
        forms = [f.text or "" for f in translation.findall("numerusform")] if numerus else []
        texts = forms if numerus else [translation.text or ""]
        if not all(text.strip() for text in texts):
            problems.append(f"{where} has an empty translation")
        expected = found_now[language].get(key)
        if numerus and len(forms) != expected:
            problems.append(f"{where} has {len(forms)} plural forms, not {expected}")
        for text in texts:
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if has_mnemonic(source) != has_mnemonic(text):
                problems.append(f"{where}: the keyboard mnemonic is lost or added in {text!r}")
    assert problems == []
    if language in FORMS:  # Qt's plural rules, as lupdate applies them
        assert set(found_now[language].values()) == {1, FORMS[language]}


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_translation_holds_exactly_what_the_sources_ask_for(
    language: str, found_now: dict[str, dict[Message, int]]
):
    """A string added to the interface without a translation, or a translation left for a
    string that is gone, fails here: run the lupdate command of docs/translating.md."""
    have = {key for key, _translation in messages(ts_file(language))}
    wanted = set(found_now[language])
    assert sorted(wanted - have) == [], "new strings to translate"
    assert sorted(have - wanted) == [], "translations of strings no longer in the sources"


def context_assignments() -> Iterator[tuple[Path, str, str, set[str]]]:
    """Yield (module, variable, context name, the module's other top-level names)."""
    for path in sorted((ROOT / "briefing_app" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names: Counter[str] = Counter()
        found = []
        for node in tree.body:
            if isinstance(node, ast.ClassDef | ast.FunctionDef):
                names[node.name] += 1
            elif isinstance(node, ast.Import | ast.ImportFrom):
                names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        names[target.id] += 1
                call = node.value
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "Context"
                ):
                    target = node.targets[0]
                    assert isinstance(target, ast.Name) and isinstance(call.args[0], ast.Constant)
                    found.append((target.id, str(call.args[0].value)))
        for variable, name in found:
            yield path, variable, name, {n for n, count in names.items() if count > 1}


def test_each_context_is_named_as_its_variable_which_nothing_else_rebinds():
    """lupdate files a message under the word before ``.tr(``; the app looks it up under the
    Context's name: they must be the same, and a class of that name would hide it."""
    seen = list(context_assignments())
    assert len(seen) > 15
    for path, variable, name, rebound in seen:
        assert variable == name, f"{path.name}: {variable} = Context({name!r})"
        assert variable not in rebound, f"{path.name}: {variable} is bound twice"


def test_the_interface_has_no_formatted_string_where_a_translation_is_looked_up():
    """``X.tr(f"...")`` would look up a text no translation has: placeholders are %1, %2."""
    for path in sorted((ROOT / "briefing_app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "tr"
                and node.args
            ):
                assert not isinstance(node.args[0], ast.JoinedStr), f"{path.name}:{node.lineno}"


# -- choosing the language ----------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "language"),
    [
        (["ru-RU"], "ru"),
        (["kk-KZ", "ru-RU"], "kk"),
        (["kk_Cyrl_KZ"], "kk"),
        (["zh-Hans-CN"], "zh_CN"),
        (["zh-CN"], "zh_CN"),
        (["zh-Hant-TW", "en-US"], "en"),
        (["de-DE", "ru-RU"], "ru"),
        (["en-GB", "ru-RU"], "en"),
        (["C"], "en"),
        ([], "en"),
    ],
)
def test_the_system_language_is_the_first_preferred_one_the_app_has(names, language):
    assert i18n.language_of(names) == language


def test_the_command_line_then_preferences_then_the_system_choose():
    assert i18n.choose_language("kk", "ru", ["zh-CN"]) == "kk"
    assert i18n.choose_language(None, "ru", ["zh-CN"]) == "ru"
    assert i18n.choose_language(None, "", ["zh-CN"]) == "zh_CN"
    assert i18n.choose_language(None, "xx", ["de-DE"]) == "en"
    assert i18n.choose_language(None, "en", ["ru-RU"]) == "en"


def test_the_command_line_lists_the_languages_without_qt():
    assert tuple(i18n.LANGUAGES) == cli.LANGUAGES


def test_english_installs_no_translator(qapp):
    assert i18n.install_translators(qapp, "en") == "en"
    assert i18n._installed == []


#: Lists the translations folder of the package as installed (run from outside the checkout).
INSTALLED = """
from briefing_app.ui.i18n import translations_dir
print(translations_dir(), *sorted(p.name for p in translations_dir().iterdir()))
"""


def test_the_installed_package_holds_the_compiled_translations(tmp_path: Path):
    """The build compiled every .ts into the package (setup.py's build_py step; an editable
    install into resources/i18n/ of the checkout, which it reads)."""
    result = run_python(["-c", INSTALLED], tmp_path)
    assert result.returncode == 0, result.stderr
    folder, *names = result.stdout.split()
    for language in TRANSLATED:
        assert f"briefing_{language}.qm" in names, folder
    if Path(folder) != TS_DIR:
        assert not [name for name in names if name.endswith(".ts")], "sources are not shipped"


# -- windows in each language -----------------------------------------------------------


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files of the checkout compiled now (an installed copy may be older)."""
    folder = tmp_path_factory.mktemp("qm")
    setup = runpy.run_path(str(ROOT / "setup.py"), run_name="setup_for_tests")
    setup["compile_translations"](TS_DIR, folder)
    return folder


@pytest.fixture
def in_language(qapp, compiled: Path, monkeypatch: pytest.MonkeyPatch):
    """Install a language's translators (from ``compiled``); English again afterwards."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: compiled)

    def install(language: str) -> None:
        assert i18n.install_translators(qapp, language) == language

    yield install
    i18n.remove_translators()


def window_in(qtbot, install, language: str) -> MainWindow:
    install(language)
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


MENU_TITLES = {
    "ru": ["Файл", "Вид", "Переход", "Закладки", "Справка"],
    "kk": ["Файл", "Көрініс", "Өту", "Бетбелгілер", "Анықтама"],
    "zh_CN": ["文件(F)", "视图(V)", "转到(G)", "书签(B)", "帮助(H)"],
}
STATUS = {
    "ru": "17 тем · 65 терминов",
    "kk": "17 тақырып · 65 термин",
    "zh_CN": "17 个专题 · 65 个术语",
}


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_window_started_in_a_language_shows_it(qtbot, in_language, language: str):
    win = window_in(qtbot, in_language, language)
    titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
    assert titles == MENU_TITLES[language]
    assert len(win.pack.topics) == 17 and len(win.pack.terms) == 65
    assert win.pack_label.text() == STATUS[language]
    assert win.search_box.placeholderText() != "Search the briefing (Ctrl+K)"


def test_russian_plurals_take_their_three_forms(qtbot, in_language):
    from briefing_app.ui.window.main_window import Window

    in_language("ru")
    forms = {n: Window.tr("%Ln topic(s)", None, n) for n in (1, 2, 5, 11, 21, 22, 25, 1000)}
    assert forms == {
        1: "1 тема",
        2: "2 темы",
        5: "5 тем",
        11: "11 тем",
        21: "21 тема",
        22: "22 темы",
        25: "25 тем",
        1000: "1\xa0000 тем",
    }
    assert Window.tr("%n error(s)", None, 3) == "3 ошибки"


def test_untranslated_english_plurals_read_as_english(qapp):
    from briefing_app.ui.window.main_window import Window

    assert Window.tr("%n error(s)", None, 1) == "1 error"
    assert Window.tr("%n error(s)", None, 0) == "0 errors"
    assert Window.tr("%n error(s)", None, 7) == "7 errors"


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_menu_keeps_a_keyboard_path_in_each_language(qtbot, in_language, language: str):
    """As tests/ui/window/test_shortcuts.py checks for English: Alt+letter opens one menu,
    and every command has keys or a letter of its own."""
    win = window_in(qtbot, in_language, language)
    win.search_panel  # noqa: B018 - builds search, which adds View → Search Results
    bar = win.menuBar()
    titles = [a.text() for a in bar.actions()]
    assert all(has_mnemonic(t) for t in titles), titles
    assert len({mnemonic(t) for t in titles}) == len(titles), "Alt+letter is ambiguous"
    lacking = [entry for top in bar.actions() for entry in unreachable(top.menu())]
    assert lacking == []
    for top in bar.actions():  # and every letter is an entry's own, keys or not
        entries = [
            a for a in top.menu().actions() if not a.isSeparator() and has_mnemonic(a.text())
        ]
        letters = Counter(mnemonic(a.text()) for a in entries)
        assert [a.text() for a in entries if letters[mnemonic(a.text())] > 1] == []


def test_qt_s_own_dialog_texts_follow_the_language(qtbot, in_language):
    from PySide6.QtCore import QCoreApplication

    in_language("ru")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена"


# -- the command line ---------------------------------------------------------------------


def test_lang_belongs_to_the_window(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--lang", "ru", "check"])
    assert exit_info.value.code == 2
    assert "--lang only applies to the window, not check" in capsys.readouterr().err


def test_a_screenshot_in_russian_and_dark(tmp_path: Path):
    out = tmp_path / "ru.png"
    result = run_python(
        ["-m", "briefing_app", "--screenshot", str(out), "--lang", "ru", "--theme", "dark"],
        tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:4] == b"\x89PNG" and out.stat().st_size > 20000


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_brief_dialog_s_letters_are_each_one_control_s(qtbot, in_language, language: str):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    from briefing_app.ui.prep.brief_dialog import BriefDialog

    in_language(language)
    dialog = BriefDialog(load_pack())
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel)]
    letters = Counter(mnemonic(t) for t in texts if has_mnemonic(t))
    assert [t for t in texts if has_mnemonic(t) and letters[mnemonic(t)] > 1] == []


def test_chinese_style_mnemonics_read_without_their_mark():
    from briefing_app.ui.accessible import label_words
    from briefing_app.ui.window.shortcuts import plain_text

    assert plain_text("打开资料包(&O)…") == "打开资料包…"
    assert mnemonic("文件(&F)") == "f"
    assert label_words("标题(&T)：") == "标题"


# -- the views and the pack-file widgets in each language ---------------------------------

#: Calls whose first text argument is shown to the user (make_action's is its second).
SHOWN_TEXT = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setAccessibleName",
    "setAccessibleDescription", "showMessage", "setSuffix", "setPrefix", "setLabelText",
    "setStatusTip", "addToolBar", "addMenu", "setTitle", "setHtml", "setFormat",
    "QLabel", "QPushButton", "QCheckBox", "QToolButton", "QRadioButton", "QGroupBox", "QMenu",
}  # fmt: skip
#: Words in a literal (symbols such as "−" or "✕", markup and numbers are not shown words).
LITERAL = re.compile(r"[A-Za-z]{2}")


def literal_words(node: ast.expr) -> bool:
    """True if ``node`` is English text written out: a string or f-string with words in it
    (an f-string's words are the literal parts around its fields)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(LITERAL.search(node.value)) and not node.value.startswith("<")
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        return any(LITERAL.search(re.sub(r"<[^>]*>", "", str(p))) for p in parts)
    return False


def test_the_interface_shows_no_untranslated_literal_text():
    """A text shown by a widget is ``Context.tr(...)``, never an English literal or f-string
    (a regression test: the views and the pack-file widgets once bypassed translation)."""
    found = []
    for path in sorted((ROOT / "briefing_app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "make_action" and len(node.args) > 1:
                shown = node.args[1]
            elif name in SHOWN_TEXT and node.args:
                shown = node.args[0]
            else:
                continue
            if literal_words(shown):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "wrap these texts in a Context's tr()"


def test_the_timeline_window_speaks_russian(qtbot, in_language, make_pack):
    from briefing_app.core.views.timeline import MONTHS
    from briefing_app.ui.views import show_view

    win = window_in(qtbot, in_language, "ru")
    timeline = show_view(win, "timeline")
    qtbot.waitExposed(timeline)
    assert timeline.windowTitle().startswith("Хронология — ")
    assert timeline.filter.itemText(0) == "Все темы"
    assert timeline.filter.accessibleName() == "Показать события темы"
    count = len(win.pack.timeline)
    assert timeline.count.text().split() in (
        [str(count), "событие"],
        [str(count), "события"],
        [str(count), "событий"],
    )
    assert "Щёлкните, чтобы открыть тему" in timeline.view.markers[0].toolTip()
    dates = " ".join(
        re.findall(r"<b>(.*?)</b>", "".join(m.toolTip() for m in timeline.view.markers))
    )
    assert not [month for month in MONTHS if month in dates], "dates in Russian words"
    assert "октября" in dates or "сентября" in dates or "ноября" in dates
    win.open_pack_folder(str(make_pack()))  # no timeline: how to add one, in Russian
    qtbot.waitUntil(lambda: not win.pack.timeline and not timeline.view.markers)
    texts = [i.toPlainText() for i in timeline.view.scene().items() if hasattr(i, "toPlainText")]
    assert texts and texts[0].startswith("В этом пакете нет хронологии.")
    assert "timeline.yaml" in texts[0]


def test_the_map_speaks_russian_and_kazakh(qtbot, in_language, tmp_path: Path):
    from PySide6.QtWidgets import QLabel

    from briefing_app.core.pack.model import Pack
    from briefing_app.ui.views import map_overlay
    from briefing_app.ui.views.map import MapWindow
    from briefing_app.ui.views.map_items import LabelItem
    from tests.core.geo.demo import demo_pack

    in_language("ru")
    window = MapWindow(demo_pack())
    qtbot.addWidget(window)
    assert window.windowTitle().startswith("Карта — ")
    toolbar_texts = [a.text() for a in window.actions()]
    assert "&Увеличить" in toolbar_texts and "Экспорт в &SVG…" in toolbar_texts
    assert map_overlay.kind_name("capital") == "Столица"
    assert map_overlay.kind_name("rail") == "Железная дорога"
    assert map_overlay.credit() == "Картооснова: Natural Earth"
    assert window.view is not None
    names = {item.text for item in window.view.scene().items() if isinstance(item, LabelItem)}
    assert {"Казахстан", "Каспийское море"} <= names
    assert {"Астана", "Хоргос"} <= names and "Astana" not in names  # the pack's Russian names
    astana = next(i for i in window.view.place_items if i.place.id == "astana")
    assert astana.toolTip().startswith("<b>Астана</b> — столица<br>Astana<br>")
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.view.position_changed) as moved:
        # Sent, not simulated: a simulated move is dropped when the pointer is there already.
        from PySide6.QtCore import QEvent, QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        at = QPointF(300, 200)
        viewport = window.view.viewport()
        QApplication.sendEvent(
            viewport,
            QMouseEvent(
                QEvent.Type.MouseMove,
                at,
                viewport.mapToGlobal(at),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )
    assert re.fullmatch(r"\d+,\d\d° с\. ш\., \d+,\d\d° в\. д\.", moved.args[0]), moved.args
    empty = MapWindow(Pack(root=tmp_path))
    qtbot.addWidget(empty)
    message = empty.centralWidget()
    assert isinstance(message, QLabel)
    assert message.text().startswith("В этом пакете нет файла places.yaml")
    i18n.remove_translators()  # and in Kazakh, which the base map has no names in
    in_language("kk")
    kazakh = MapWindow(demo_pack())
    qtbot.addWidget(kazakh)
    assert kazakh.view is not None
    names = {item.text for item in kazakh.view.scene().items() if isinstance(item, LabelItem)}
    assert {"Қазақстан", "Қытай", "Каспий теңізі"} <= names


def test_every_country_of_the_base_map_has_a_name_to_translate():
    from briefing_app.core.geo.basemap import load_basemap
    from briefing_app.ui.views.map_items import COUNTRY_NAMES

    assert sorted(COUNTRY_NAMES) == sorted(c.names["en"] for c in load_basemap().countries)


def test_the_rehearsal_speaks_russian(qtbot, in_language):
    from briefing_app.ui.views.rehearse import open_rehearsal

    win = window_in(qtbot, in_language, "ru")
    win.open_topic("khorgos")
    rehearsal = open_rehearsal(win, full_screen=False)
    qtbot.waitExposed(rehearsal)
    assert rehearsal.windowTitle() == "Репетиция — Briefing"
    assert "тезис 1 из 3" in rehearsal.where.text() and "карточка 1 из 12" in rehearsal.where.text()
    assert rehearsal.timer_box.text() == "&Таймер"
    rehearsal.timer_box.setChecked(True)
    assert rehearsal.countdown.format().startswith("осталось ")
    rehearsal.start([])
    assert rehearsal.point.text().startswith("В выбранных темах нет тезисов")
    rehearsal.close()


def test_the_pack_file_words_follow_the_language(qtbot, in_language):
    from briefing_app.core.library.changes import Changes
    from briefing_app.core.library.signing import SignatureStatus
    from briefing_app.ui.library import changes_dialog, controller

    changes = Changes(added=[("a", "A")], changed=[("b", "B"), ("c", "C")])
    trusted = SignatureStatus("trusted", signer="Policy Unit")
    assert changes_dialog.summary_words(changes) == "2 topics changed, 1 added"
    assert controller.signature_words(trusted) == "signed by Policy Unit (trusted)"
    in_language("ru")
    assert changes_dialog.summary_words(changes) == "изменены 2 темы, добавлена 1"
    assert changes_dialog.summary_words(Changes()) == "изменений нет"
    assert controller.signature_words(trusted) == "подписан: Policy Unit (доверенный ключ)"
    assert controller.signature_words(SignatureStatus("unsigned")) == "без подписи"
    assert changes_dialog.edition_words("2", "2025-06-30") == "выпуск 2 от 2025-06-30"


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_view_windows_letters_are_each_one_control_s(qtbot, in_language, language: str):
    """Alt+letter is unambiguous in the map's toolbar, the rehearsal and its topic chooser."""
    from PySide6.QtWidgets import QAbstractButton

    from briefing_app.ui.views.map import MapWindow
    from briefing_app.ui.views.rehearse import RehearsalWindow, TopicChooser
    from tests.core.geo.demo import demo_pack

    in_language(language)
    map_window = MapWindow(demo_pack())
    qtbot.addWidget(map_window)
    win = MainWindow(load_pack())
    qtbot.addWidget(win)
    chooser = TopicChooser(win.pack, [])
    qtbot.addWidget(chooser)
    rehearsal = RehearsalWindow(win)
    for texts in (
        [a.text() for a in map_window.actions()],
        [b.text() for b in chooser.findChildren(QAbstractButton)],
        [b.text() for b in rehearsal.findChildren(QAbstractButton)],
    ):
        letters = Counter(mnemonic(t) for t in texts if has_mnemonic(t))
        assert [t for t in texts if has_mnemonic(t) and letters[mnemonic(t)] > 1] == []


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", ["Ключевые факты", "Последние события", "С чего начать", "сведения на 30 июня 2025"]),
        ("kk", ["Маңызды деректер", "Соңғы оқиғалар", "Неден бастау керек"]),
        ("zh_CN", ["关键事实", "最新动态", "从这里开始", "资料截至 2025年6月30日"]),
    ],
)
def test_the_glance_page_is_in_the_interface_language(qtbot, in_language, language, words):
    """The page's own words follow the interface; the pack's text stays as written."""
    win = window_in(qtbot, in_language, language)
    win.show_glance()
    text = win.reader.toPlainText()
    for word in words:
        assert word in text
    assert "Key facts" not in text and "Where to start" not in text
    assert win.pack.info.title in text  # the pack's own words are not translated
