"""Themes: light (the default), dark, and a high-contrast theme for projectors.

A :class:`Theme` is data: the colours of the window and the charts by role, and the Okabe–Ito
palette in two variants — *fills* (areas, bars, markers; told apart from each other, also with a
colour-vision deficiency) and *lines* (lines, and the texts written in their colour: the charts'
direct labels, the KPI cards' changes, warnings). A line variant is text, so it keeps 4.5:1 on
every surface it is written on — chart background, card and window (WCAG 2.1 1.4.3; a line alone
would need only 3:1). :func:`~gui.colour_check.check_palette` measures both, and
:func:`~gui.colour_check.check_text` every text colour; the tests run them for every theme.

:func:`apply_theme` switches a running window: the colours in :mod:`gui.style` (read by every
view when it draws something new), the application's palette (and the check boxes' own, whose
frame Fusion would draw a shade off the window colour: :func:`set_palettes`) and style sheet,
and each chart through :meth:`ChartBase.apply_theme <gui.chart_base.ChartBase.apply_theme>`,
which re-colours the items it built once (:func:`recolour_view`). Nothing runs per slider
step: a theme costs one walk over the items when it changes.

The choice is remembered in the settings (``theme``) and chosen from View → Theme
(:class:`ThemeMenu`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QStyledItemDelegate, QWidget

from . import session as sessions
from . import style

THEME_SETTING = "theme"
DEFAULT_THEME = "light"


# ----------------------------------------------------------------------------- themes


@dataclass(frozen=True)
class Theme:
    """Colours by role; ``fills`` and ``lines`` give each palette name its variant."""

    name: str
    background: str
    text: str
    muted: str
    grid: str
    baseline: str
    card: str
    card_border: str
    header: str
    header_focus: str
    window: str
    """Window and panel background (QPalette.Window)."""
    base: str
    """Input fields, lists (QPalette.Base)."""
    highlight: str
    fills: dict[str, str] = field(default_factory=dict)
    lines: dict[str, str] = field(default_factory=dict)
    disabled: str = ""
    """Text of a control that cannot be used (empty: ``muted``). It must look unlike enabled
    text: the projector's dark ``muted`` made greyed-out buttons look usable (review)."""
    line_scale: float = 1.0
    """Line widths of the charts are multiplied by this."""
    link: str = ""
    """Links in widgets (QPalette.Link); empty: the blue of the charts' lines."""
    indicator: str = "#858585"
    """Frame of a check box's indicator: an unticked box is nothing but its frame, so the frame
    keeps 3:1 on the window and the cards (WCAG 2.1 1.4.11). Fusion's own, a shade off the
    window colour, had 1.1:1 in dark and 1.7:1 in light (review). The default is the light
    theme's: 3.2:1 on Fusion's window (#EFEFEF), 3.7:1 on white — the least darkening of
    Fusion's #BCBCBC that reaches 3:1 with a margin."""

    def title(self) -> str:
        return {
            "light": QCoreApplication.translate("themes", "Light"),
            "dark": QCoreApplication.translate("themes", "Dark"),
            "projector": QCoreApplication.translate("themes", "High contrast (projector)"),
        }[self.name]


_OI = dict(style.OKABE_ITO, device=style.DEVICE)

LIGHT = Theme(
    name="light",
    background="#FFFFFF",
    text="#222222",
    muted="#666666",
    grid="#E4E4E4",
    baseline="#8C8C8C",
    card="#F6F7F9",
    card_border="#E1E4E8",
    header="#EEF1F5",
    header_focus="#DCE6F2",
    window="",  # the style's own palette
    base="",
    highlight="",
    fills=dict(_OI),
    # lines double as text (direct labels, KPI changes): every colour but black and blue has
    # less than 4.5:1 on white and the cards, so lines take a darker variant of the same hue
    # (the nearest in CIE Lab that reaches 4.5:1 on white, card and window and stays ΔE 16 from
    # the other lines); as fills they stay Okabe–Ito's. Yellow is only a fill.
    lines=dict(
        _OI,
        orange="#995F02",
        sky_blue="#1E739A",
        bluish_green="#027B53",
        yellow="#9C942B",
        vermillion="#B94804",
        reddish_purple="#9F5281",
    ),
)

DARK = Theme(
    name="dark",
    background="#1B1D21",
    text="#E2E4E8",
    muted="#A3A8B0",
    # greyed-out controls: 3.3:1 apart from the text (muted's 1.9:1 looked usable, review),
    # still 3.7:1 on the window
    disabled="#767B84",
    grid="#3A3E45",
    baseline="#9A9A9A",
    card="#25282D",
    card_border="#3A3E45",
    header="#2C3037",
    header_focus="#34465C",
    window="#202226",
    base="#17191C",
    highlight="#2F6FA8",
    # black reads as near-white on dark; as lines and text, blue, vermillion and bluish green
    # are lightened to keep 4.5:1 on the cards (blue #2683BC had 3.6:1 there, 4.1:1 on the
    # chart), sky blue a shade to stay apart from the lighter blue
    fills=dict(_OI, black="#F2F2F2"),
    lines=dict(
        _OI,
        black="#F2F2F2",
        blue="#4B94D5",
        vermillion="#E56C18",
        bluish_green="#0AA377",
        sky_blue="#58B6E9",
    ),
    link="#56B4E9",  # Okabe–Ito sky blue: 6.9:1 on the window (the line blue has 3.8:1)
    indicator="#7A7F88",  # 4.0:1 on the window, 3.7:1 on the cards; the theme's bluish grey
)

PROJECTOR = Theme(
    name="projector",
    background="#FFFFFF",
    text="#111111",
    muted="#333333",
    grid="#9E9E9E",
    baseline="#5C5C5C",
    card="#FFFFFF",
    card_border="#111111",
    header="#E6E6E6",
    header_focus="#C7D7EA",
    window="#FFFFFF",
    base="#FFFFFF",
    highlight="#0057A0",
    fills=dict(_OI),
    # a projector washes colours out: lines and texts keep 4.5:1 (not only 3:1) on white
    lines=dict(
        _OI,
        orange="#966700",
        sky_blue="#0E7FA5",
        bluish_green="#008561",
        yellow="#7D7722",
        vermillion="#B85100",
        reddish_purple="#A36186",
    ),
    line_scale=1.4,
    disabled="#8C8C8C",
    indicator="#5C5C5C",  # the baseline grey: 6.7:1 on white, for a washed-out projector
)

THEMES: dict[str, Theme] = {t.name: t for t in (LIGHT, DARK, PROJECTOR)}

sessions.SETTINGS_CHECKS.setdefault(THEME_SETTING, lambda v: v in THEMES)

_current: Theme = LIGHT


def current() -> Theme:
    """The theme the views are drawn in."""
    return _current


# ----------------------------------------------------------------------------- applying


def set_style_colours(theme: Theme) -> None:
    """Put ``theme``'s colours into :mod:`gui.style` (in place: dictionaries keep their
    identity), where views read them when they draw something new."""
    global _current
    _current = theme
    style.BACKGROUND = theme.background
    style.TEXT = theme.text
    style.MUTED = theme.muted
    style.GRID = theme.grid
    style.BASELINE = theme.baseline
    style.CARD = theme.card
    style.CARD_BORDER = theme.card_border
    style.HEADER = theme.header
    style.HEADER_FOCUS = theme.header_focus
    style.OKABE_ITO.update({k: theme.fills[k] for k in style.OKABE_ITO})
    style.DEVICE = theme.fills["device"]
    style.SCENARIO = style.OKABE_ITO["blue"]
    # texts (KPI changes, warnings): the line variants, which keep 4.5:1 on cards and window
    style.INCREASE = style.WARNING = theme.lines["vermillion"]
    style.DECREASE = theme.lines["blue"]
    fills = {**style.OKABE_ITO, "device": style.DEVICE}
    for comp, colour in list(style.COMPONENT_COLOURS.items()):
        name = next((k for k, v in LIGHT.fills.items() if v == _LIGHT_COMPONENTS[comp]), None)
        style.COMPONENT_COLOURS[comp] = fills[name] if name else colour
    style.LINES.clear()
    style.LINES.update({theme.fills[k]: v for k, v in theme.lines.items() if theme.fills[k] != v})
    import pyqtgraph as pg

    pg.setConfigOptions(background=theme.background, foreground=theme.text)


_LIGHT_COMPONENTS = dict(style.COMPONENT_COLOURS)
"""The components' colours in the light theme (names into the palette)."""


def _app_palette(theme: Theme, app: QApplication) -> QPalette:
    if not theme.window:
        return app.style().standardPalette()
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, theme.window),
        (roles.WindowText, theme.text),
        (roles.Base, theme.base),
        (roles.AlternateBase, theme.card),
        (roles.ToolTipBase, theme.card),
        (roles.ToolTipText, theme.text),
        (roles.PlaceholderText, theme.muted),
        (roles.Text, theme.text),
        (roles.Button, theme.card),
        (roles.ButtonText, theme.text),
        (roles.BrightText, "#FFFFFF"),
        (roles.Highlight, theme.highlight),
        (roles.HighlightedText, "#FFFFFF"),
        (roles.Link, theme.link or style.line_colour(theme.fills["blue"])),
        (roles.LinkVisited, theme.link or style.line_colour(theme.fills["blue"])),
        (roles.Mid, theme.card_border),
        (roles.Dark, theme.grid),
        (roles.Light, theme.card),
    ):
        p.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled or theme.muted))
    return p


FUSION_OUTLINE_DARKER = 140
"""Fusion draws a control's outline in the window colour ``.darker(140)`` (``outline()`` in
Qt's qfusionstyle_p.h) ..."""
FUSION_INDICATOR_LIGHTER = 110
"""... and a check box's frame in that outline ``.lighter(110)`` (``PE_IndicatorCheckBox``)."""
INDICATOR_CLASSES = ("QCheckBox",)
"""Widgets that get the palette of :func:`indicator_palette` (subclasses included). Not radio
buttons (WattIf has none): Fusion draws their ring in the outline itself, without the
``lighter``, and antialiased, so the same window colour gives them a fainter ring."""


def _indicator_window(frame: str) -> QColor:
    """The window colour from which Fusion draws an indicator's frame in ``frame``.

    Fusion takes no colour for the frame from the palette: it derives it from the window colour
    (:data:`FUSION_OUTLINE_DARKER`, :data:`FUSION_INDICATOR_LIGHTER`), so the frame cannot
    stand out from the window it sits on. The value (HSV) whose frame comes nearest ``frame``
    is searched for rather than computed, as Qt rounds at each step."""
    target = QColor(frame)
    hue, saturation, _value, _alpha = target.getHsv()

    def miss(value: int) -> int:
        drawn = QColor.fromHsv(hue, saturation, value)
        drawn = drawn.darker(FUSION_OUTLINE_DARKER).lighter(FUSION_INDICATOR_LIGHTER)
        return sum(abs(a - b) for a, b in zip(drawn.getRgb(), target.getRgb(), strict=True))

    return QColor.fromHsv(hue, saturation, min(range(256), key=miss))


def indicator_palette(theme: Theme, palette: QPalette) -> QPalette:
    """``palette`` (the application's) for check boxes: the window colour that Fusion turns
    into ``theme.indicator`` as the indicator's frame.

    A class palette, not a style sheet (which would send every check box's painting through
    the style sheet style) nor a proxy style (a Python call per drawn primitive). A check box
    paints no background of its own and writes its text in WindowText, so the window colour
    shows only in the frame; the box inside keeps Base, the tick Text."""
    out = QPalette(palette)
    out.setColor(QPalette.ColorRole.Window, _indicator_window(theme.indicator))
    return out


def set_palettes(app: QApplication, theme: Theme, whole: bool = True) -> None:
    """The application's palette for ``theme`` (unless ``whole`` is False: it is already
    set), then the check boxes' own from it — in this order, as setting the application's
    palette drops the palettes set for classes."""
    if whole:
        app.setPalette(_app_palette(theme, app))
    boxes = indicator_palette(theme, app.palette())
    for name in INDICATOR_CLASSES:
        if app.palette(name) != boxes:  # an unchanged palette: no change event to every box
            app.setPalette(boxes, name)


class CheckItemDelegate(QStyledItemDelegate):
    """Draws a list's or tree's rows as usual, with their check boxes' frames in the theme's
    indicator colour (:func:`indicator_palette`, the check boxes' class palette).

    Fusion derives an item's check-box frame from the view's window colour, as it does a check
    box's: the scenario list and the uncertain inputs had 1.0:1 in the dark theme (review). A
    palette on the whole view would recolour its frame and header too; the delegate changes the
    colour for the rows alone."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        window = QApplication.palette("QCheckBox").color(QPalette.ColorRole.Window)
        option.palette.setColor(QPalette.ColorRole.Window, window)


def colour_map(old: Theme, new: Theme) -> dict[str, dict[str, str]]:
    """Old colour (``#rrggbb``) -> new, by what the colour is used for: ``pen`` (lines, outlines
    in the background colour), ``brush`` (fills, markers) and ``text``."""
    line_roles = ("text", "muted", "grid", "baseline")

    def table(theme: Theme, kind: str) -> dict[str, str]:
        roles = {r: getattr(theme, r) for r in line_roles}
        if kind in ("pen", "brush"):
            roles["background"] = theme.background
        palette = theme.lines if kind in ("pen", "text") else theme.fills
        roles.update({f"palette:{k}": v for k, v in palette.items()})
        return roles

    out = {}
    for kind in ("pen", "brush", "text"):
        before, after = table(old, kind), table(new, kind)
        out[kind] = {QColor(v).name(): after[r] for r, v in before.items()}
    return out


def _mapped(colour: QColor, table: dict[str, str]) -> QColor | None:
    new = table.get(colour.name())
    if new is None or new.lower() == colour.name():
        return None
    c = QColor(new)
    c.setAlpha(colour.alpha())
    return c


def _pen(pen: QPen, table: dict[str, str]) -> QPen | None:
    c = _mapped(pen.color(), table)
    if c is None:
        return None
    out = QPen(pen)
    out.setColor(c)
    return out


def _brush(brush: QBrush, table: dict[str, str]) -> QBrush | None:
    c = _mapped(brush.color(), table)
    if c is None:
        return None
    out = QBrush(brush)
    out.setColor(c)
    return out


def _recolour_attributes(item, maps: dict[str, dict[str, str]]) -> bool:
    """Pens and brushes an item keeps for its own ``paint`` (``_pen``, ``_brushes`` …)."""
    changed = False
    for name, value in list(vars(item).items()):
        if isinstance(value, QPen | QBrush):
            new = _pen(value, maps["pen"]) if isinstance(value, QPen) else None
            if isinstance(value, QBrush):
                new = _brush(value, maps["brush"])
            if new is not None:
                setattr(item, name, new)
                changed = True
        elif isinstance(value, list) and value and isinstance(value[0], QPen | QBrush):
            new_list = [
                (_pen(v, maps["pen"]) if isinstance(v, QPen) else _brush(v, maps["brush"])) or v
                for v in value
            ]
            setattr(item, name, new_list)
            changed = True
    return changed


def recolour_view(view, maps: dict[str, dict[str, str]], background: str) -> None:
    """Re-colour every item of a pyqtgraph view from one theme to another (see
    :func:`colour_map`): the background, axes, titles, texts, lines, bars, markers and the pens
    and brushes custom items keep for painting."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QAbstractGraphicsShapeItem, QGraphicsSimpleTextItem

    view.setBackground(background)
    for item in view.scene().items():
        if isinstance(item, pg.AxisItem):
            for getter, setter in ((item.pen, item.setPen), (item.textPen, item.setTextPen)):
                new = _pen(getter(), maps["pen"] if setter == item.setPen else maps["text"])
                if new is not None:
                    setter(new)
            colour = item.labelStyle.get("color")
            if colour is not None:
                new_c = _mapped(QColor(colour), maps["text"])
                if new_c is not None:
                    item.labelStyle = dict(item.labelStyle, color=new_c.name())
                    item._updateLabel()
            item.picture = None
            item.update()
        elif isinstance(item, pg.LabelItem):
            new_c = _mapped(QColor(item.opts.get("color") or style.TEXT), maps["text"])
            if new_c is not None:
                item.opts["color"] = new_c.name()
                item.item.setDefaultTextColor(new_c)
                if item.text:
                    item.setText(item.text)
        elif isinstance(item, pg.TextItem):
            new_c = _mapped(QColor(item.color), maps["text"])
            if new_c is not None:
                item.setColor(new_c)
        elif isinstance(item, QGraphicsSimpleTextItem):
            new_b = _brush(item.brush(), maps["text"])
            if new_b is not None:
                item.setBrush(new_b)
        elif isinstance(item, pg.BarGraphItem):
            opts = {}
            for key, table in (("pen", "pen"), ("brush", "brush")):
                value = item.opts.get(key)
                if value is not None and not isinstance(value, str | tuple | list):
                    value = pg.mkPen(value) if key == "pen" else pg.mkBrush(value)
                    new = _pen(value, maps[table]) if key == "pen" else _brush(value, maps[table])
                    if new is not None:
                        opts[key] = new
                many = item.opts.get(key + "s")
                if many is not None:
                    conv = pg.mkPen if key == "pen" else pg.mkBrush
                    fn = _pen if key == "pen" else _brush
                    opts[key + "s"] = [fn(conv(v), maps[table]) or conv(v) for v in many]
            if opts:
                item.setOpts(**opts)
        elif isinstance(item, pg.PlotDataItem):
            o = item.opts
            if o.get("pen") is not None:
                new = _pen(pg.mkPen(o["pen"]), maps["pen"])
                if new is not None:
                    item.setPen(new)
            if o.get("symbolBrush") is not None:
                new_b = _brush(pg.mkBrush(o["symbolBrush"]), maps["brush"])
                if new_b is not None:
                    item.setSymbolBrush(new_b)
            if o.get("symbolPen") is not None:
                new = _pen(pg.mkPen(o["symbolPen"]), maps["pen"])
                if new is not None:
                    item.setSymbolPen(new)
        elif isinstance(item, pg.InfiniteLine):
            new = _pen(item.pen, maps["pen"])
            if new is not None:
                item.setPen(new)
        elif isinstance(item, QAbstractGraphicsShapeItem):
            new = _pen(item.pen(), maps["pen"])
            if new is not None:
                item.setPen(new)
            new_b = _brush(item.brush(), maps["brush"])
            if new_b is not None:
                item.setBrush(new_b)
        if _recolour_attributes(item, maps):
            if hasattr(item, "_rect"):
                item.prepareGeometryChange()  # a wider pen pads the box
            item.update()


def apply_theme(window: QWidget, name: str) -> Theme:
    """Switch ``window`` (the main window) and the application to the theme ``name``."""
    import pyqtgraph as pg

    from .chart_base import ChartBase

    theme = THEMES.get(name, LIGHT)
    old = current()
    if theme is old:
        return theme
    maps = colour_map(old, theme)
    set_style_colours(theme)
    app = QApplication.instance()
    set_palettes(app, theme)
    scale = getattr(getattr(window, "presentation", None), "type_scale", 1.0)
    window.apply_style(scale)  # the style sheet on the window's parts that use it
    for view in window.findChildren(pg.GraphicsView):
        if isinstance(view, ChartBase):
            view.apply_theme(maps)
        else:
            recolour_view(view, maps, theme.background)
    kpis = getattr(window, "kpis", None)
    if kpis is not None and hasattr(kpis, "apply_theme"):
        kpis.apply_theme()
    refresh_widgets(window)
    return theme


def refresh_widgets(window: QWidget) -> None:
    """Widgets whose colours were fixed when their text was set: a rich-text label's links take
    the application palette's Link colour when the text is parsed (a new palette leaves them in
    the old one), and views with colours of their own (the tornado's bars and key) re-colour
    themselves in a ``theme_changed()`` method. Once per theme change, for ``window`` and what
    it owns (docks, dialogs): not every widget of the application, some of which another
    window being closed may be deleting."""
    for widget in (window, *window.findChildren(QWidget)):
        if isinstance(widget, QLabel):
            text = widget.text()
            if "<a " in text and widget.textFormat() != Qt.TextFormat.PlainText:
                widget.setText("")
                widget.setText(text)
        hook = getattr(widget, "theme_changed", None)
        if callable(hook):
            hook()


def start_theme(settings: QSettings) -> Theme:
    """Before the window's views are built: take the remembered theme's colours (the views are
    then built in them; no re-colouring needed)."""
    name = str(settings.value(THEME_SETTING, DEFAULT_THEME))
    theme = THEMES.get(name, LIGHT)
    changed = theme is not current()
    # always: gui/style.py holds only the light theme's fills, not its line and text variants
    set_style_colours(theme)
    app = QApplication.instance()
    if app is not None:  # the check boxes' palette also when unchanged: a new palette drops it
        set_palettes(app, theme, whole=changed)
    return theme


class ThemeMenu(QObject):
    """View → Theme: the themes as a choice; the pick is applied and remembered."""

    def __init__(self, window: QWidget, menu: QMenu, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.menu = menu.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for theme in THEMES.values():
            a = QAction(theme.title(), self, checkable=True)
            a.setChecked(theme is current())
            a.triggered.connect(lambda _=False, n=theme.name: self.choose(n))
            group.addAction(a)
            self.menu.addAction(a)
            self.actions[theme.name] = a

    def choose(self, name: str) -> None:
        apply_theme(self._window, name)
        self.actions[name].setChecked(True)
        self._settings.setValue(THEME_SETTING, name)
        self._settings.sync()


ColourMaps = dict[str, dict[str, str]]
Recolour = Callable[[ColourMaps], None]


def refresh_scale(chart) -> None:
    """Line widths follow the theme's ``line_scale`` (the projector's lines are thicker)."""
    from .chart_scaling import scale_chart

    scale_chart(chart)


def scale_lines(charts) -> None:
    """Charts just built in a theme with thicker lines get them (nothing to do otherwise)."""
    if current().line_scale != 1.0:
        for chart in charts:
            refresh_scale(chart)
