<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <location filename="../../gui/app.py" line="137" />
        <source>not saved to a file yet</source>
        <translation>noch nicht in einer Datei gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="140" />
        <source>Unsaved work found</source>
        <translation>Ungesicherte Arbeit gefunden</translation>
    </message>
    <message>
        <location filename="../../gui/app.py" line="142" />
        <source>Another WattIf window ended without saving “{0}” ({1}; last change {2}). Open it now? Cancel keeps it for the next start.</source>
        <translation>Ein anderes WattIf-Fenster wurde beendet, ohne „{0}“ zu speichern ({1}; letzte Änderung {2}). Jetzt öffnen? Abbrechen hebt es für den nächsten Start auf.</translation>
    </message>
</context>
<context>
    <name>AnalysisActions</name>
    <message>
        <location filename="../../gui/analysis_actions.py" line="64" />
        <source>Uncertain inputs</source>
        <translation>Unsichere Eingaben</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="67" />
        <source>What matters most</source>
        <translation>Was am meisten zählt</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="90" />
        <source>Uncertainty &amp;bands</source>
        <translation>Unsicherheits&amp;bänder</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="96" />
        <source>Shade the P5–P95 and P25–P75 range around the scenario (Monte Carlo over every input's plausible range)</source>
        <translation>Bereich P5–P95 und P25–P75 um das Szenario schattieren (Monte-Carlo über den plausiblen Bereich jeder Eingabe)</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="103" />
        <source>Uncertain &amp;inputs</source>
        <translation>Unsichere &amp;Eingaben</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="104" />
        <source>Which inputs vary, with their ranges; pin inputs</source>
        <translation>Welche Eingaben variieren, mit ihren Bereichen; Eingaben festhalten</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="108" />
        <source>&amp;Tornado: what matters most</source>
        <translation>&amp;Tornado: was am meisten zählt</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="111" />
        <source>Which inputs move an output most, each from its low to its high end</source>
        <translation>Welche Eingaben ein Ergebnis am stärksten bewegen, jede von ihrem unteren bis zu ihrem oberen Ende</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="116" />
        <source>&amp;Goal seek…</source>
        <translation>&amp;Zielwertsuche…</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="118" />
        <source>Which value of one input reaches a target for an output</source>
        <translation>Welcher Wert einer Eingabe ein Ziel für ein Ergebnis erreicht</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="175" />
        <source>&amp;Analysis</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="192" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="196" />
        <source>Bands</source>
        <translation>Bänder</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="197" />
        <source>Tornado</source>
        <translation>Tornado</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="198" />
        <source>Goal seek</source>
        <translation>Zielwertsuche</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="214" />
        <source>Uncertainty bands on</source>
        <translation>Unsicherheitsbänder an</translation>
    </message>
    <message>
        <location filename="../../gui/analysis_actions.py" line="214" />
        <source>Uncertainty bands off</source>
        <translation>Unsicherheitsbänder aus</translation>
    </message>
</context>
<context>
    <name>BandLayer</name>
    <message>
        <source>Shaded: P5–P95 · darker: P25–P75</source>
        <translation>Schattiert: P5–P95 · dunkler: P25–P75</translation>
    </message>
    <message>
        <location filename="../../gui/band_overlay.py" line="54" />
        <source>Shaded: P5–P95 · darker: P25–P75 · dotted: median</source>
        <translation>Schattiert: P5–P95 · dunkler: P25–P75 · gepunktet: Median</translation>
    </message>
    <message>
        <location filename="../../gui/band_overlay.py" line="123" />
        <source>In {0} the median lies {1} above the scenario: the inputs' ranges reach further up than down.</source>
        <translation>{0} liegt der Median {1} über dem Szenario: Die Bandbreiten der Eingaben reichen weiter nach oben als nach unten.</translation>
    </message>
    <message>
        <location filename="../../gui/band_overlay.py" line="129" />
        <source>In {0} the median lies {1} below the scenario: the inputs' ranges reach further down than up.</source>
        <translation>{0} liegt der Median {1} unter dem Szenario: Die Bandbreiten der Eingaben reichen weiter nach unten als nach oben.</translation>
    </message>
    <message>
        <location filename="../../gui/band_overlay.py" line="448" />
        <source>Uncertainty of {0} samples. {1}</source>
        <translation>Unsicherheit aus {0} Stichproben. {1}</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <location filename="../../gui/chart_batch.py" line="98" />
        <location filename="../../gui/chart_export.py" line="228" />
        <source>WattIf chart; scenario: {0}</source>
        <translation>WattIf-Diagramm; Szenario: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="100" />
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="100" />
        <source>The chart as an image (Ctrl+C)</source>
        <translation>Das Diagramm als Bild (Strg+C)</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="106" />
        <source>Copy data</source>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="108" />
        <source>The numbers behind the chart, for a spreadsheet</source>
        <translation>Die Zahlen hinter dem Diagramm, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="111" />
        <source>Save chart as PNG…</source>
        <translation>Diagramm als PNG speichern…</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="113" />
        <source>An image at a size and resolution you choose</source>
        <translation>Ein Bild in Größe und Auflösung nach Wahl</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="116" />
        <source>Save chart as SVG…</source>
        <translation>Diagramm als SVG speichern…</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="118" />
        <source>A vector image: sharp at any size</source>
        <translation>Eine Vektorgrafik: scharf in jeder Größe</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="121" />
        <source>Export chart data as CSV…</source>
        <translation>Diagrammdaten als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="123" />
        <source>The numbers behind the chart, one row per year or category</source>
        <translation>Die Zahlen hinter dem Diagramm, eine Zeile je Jahr oder Kategorie</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="166" />
        <source>Chart copied</source>
        <translation>Diagramm kopiert</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="170" />
        <source>Chart data copied</source>
        <translation>Diagrammdaten kopiert</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="178" />
        <location filename="../../gui/chart_export.py" line="204" />
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="200" />
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="208" />
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="213" />
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="214" />
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="220" />
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="221" />
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChartImageDialog</name>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="80" />
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="81" />
        <source>SVG vector image</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="83" />
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="90" />
        <source>Slide: {0} × {1} px, {2} dpi</source>
        <translation>Folie: {0} × {1} px, {2} dpi</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="91" />
        <source>Print: {0} dpi, laid out as on screen</source>
        <translation>Druck: {0} dpi, Aufteilung wie am Bildschirm</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="92" />
        <source>Current size: as on screen</source>
        <translation>Aktuelle Größe: wie am Bildschirm</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="93" />
        <source>Custom</source>
        <translation>Eigene Größe</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="97" />
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="110" />
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="111" />
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="112" />
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="192" />
        <source>Each chart keeps its size on screen.</source>
        <translation>Jedes Diagramm behält seine Größe vom Bildschirm.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="198" />
        <source>At most {0} megapixels: choose a smaller size.</source>
        <translation>Höchstens {0} Megapixel: bitte eine kleinere Größe wählen.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="204" />
        <source>At {0} dpi the chart has only {1} × {2} px to be laid out in: choose a larger size or a lower resolution.</source>
        <translation>Bei {0} dpi bleiben dem Diagramm nur {1} × {2} px: bitte eine größere Größe oder eine niedrigere Auflösung wählen.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export_dialog.py" line="209" />
        <source>Printed size: {0} × {1} cm; text {2} × its size on screen.</source>
        <translation>Druckgröße: {0} × {1} cm; Schrift {2} × so groß wie am Bildschirm.</translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <location filename="../../gui/comparison_table.py" line="115" />
        <source>Energy per year</source>
        <translation>Energie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="116" />
        <source>Energy per query</source>
        <translation>Energie pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="118" />
        <source>Emissions (CO₂e)</source>
        <translation>Emissionen (CO₂e)</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="123" />
        <source>Water on site</source>
        <translation>Wasser vor Ort</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="126" />
        <source>million m³</source>
        <translation>Mio. m³</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="127" />
        <source>thousand m³</source>
        <translation>Tsd. m³</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="132" />
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="135" />
        <source>billion €</source>
        <translation>Mrd. €</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="136" />
        <source>million €</source>
        <translation>Mio. €</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="137" />
        <source>thousand €</source>
        <translation>Tsd. €</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="141" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="143" />
        <source>Power provisioned</source>
        <translation>Installierte Leistung</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="147" />
        <source>Households (equiv.)</source>
        <translation>Haushalte (Äquiv.)</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="156" />
        <source>Copy table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="158" />
        <source>Copy the whole table for a spreadsheet or a slide (Ctrl+C)</source>
        <translation>Die ganze Tabelle für eine Tabellenkalkulation oder Folie kopieren (Strg+C)</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="172" />
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="190" />
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="197" />
        <source>Working state (not kept)</source>
        <translation>Arbeitsstand (nicht behalten)</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="279" />
        <source>vs baseline</source>
        <translation>ggü. Basis</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="279" />
        <source>{0} vs baseline</source>
        <translation>{0} ggü. Basis</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="328" />
        <source>Base year {0} and {1}; change against the baseline in {1}</source>
        <translation>Basisjahr {0} und {1}; Änderung gegenüber der Basis in {1}</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="332" />
        <source>Year {0}; change against the baseline</source>
        <translation>Jahr {0}; Änderung gegenüber der Basis</translation>
    </message>
    <message>
        <location filename="../../gui/comparison_table.py" line="379" />
        <source>{0} (being edited)</source>
        <translation>{0} (in Bearbeitung)</translation>
    </message>
</context>
<context>
    <name>EnergyChart</name>
    <message>
        <location filename="../../gui/energy_chart.py" line="184" />
        <source>Energy per year</source>
        <translation>Energie pro Jahr</translation>
    </message>
    <message>
        <source>IEA: all data centres worldwide</source>
        <translation>IEA: alle Rechenzentren weltweit</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="277" />
        <source>Energy [{0}]</source>
        <translation>Energie [{0}]</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="314" />
        <location filename="../../gui/energy_chart.py" line="325" />
        <source>scenario {0}</source>
        <translation>Szenario {0}</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="319" />
        <location filename="../../gui/energy_chart.py" line="330" />
        <source>baseline {0}</source>
        <translation>Basis {0}</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="472" />
        <source>IEA, all data centres worldwide:</source>
        <translation>IEA, alle Rechenzentren weltweit:</translation>
    </message>
    <message>
        <location filename="../../gui/energy_chart.py" line="478" />
        <source>scenario {0}: {1} % of it</source>
        <translation>Szenario {0}: {1} % davon</translation>
    </message>
</context>
<context>
    <name>EnvironmentChart</name>
    <message>
        <location filename="../../gui/environment_chart.py" line="25" />
        <source>Emissions</source>
        <translation>Emissionen</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="30" />
        <source>Water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="33" />
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <location filename="../../gui/environment_chart.py" line="39" />
        <source>CO₂e, water and cost</source>
        <translation>CO₂e, Wasser und Kosten</translation>
    </message>
</context>
<context>
    <name>FleetChart</name>
    <message>
        <location filename="../../gui/fleet_chart.py" line="25" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="32" />
        <source>Power provisioned</source>
        <translation>Installierte Leistung</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="39" />
        <source>Racks</source>
        <translation>Racks</translation>
    </message>
    <message>
        <location filename="../../gui/fleet_chart.py" line="45" />
        <source>Fleet and power</source>
        <translation>Flotte und Leistung</translation>
    </message>
</context>
<context>
    <name>GoalSeekDialog</name>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="74" />
        <source>Goal seek</source>
        <translation>Zielwertsuche</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="91" />
        <source>Change against the baseline</source>
        <translation>Änderung gegenüber der Basis</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="92" />
        <source>Absolute value</source>
        <translation>Absoluter Wert</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="93" />
        <source>Flat: the base year's value</source>
        <translation>Konstant: Wert des Basisjahres</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="102" />
        <source>Change against the baseline in percent</source>
        <translation>Änderung gegenüber der Basis in Prozent</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="105" />
        <source>Target value</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="126" />
        <source>&amp;Output:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="127" />
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="128" />
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="131" />
        <source>&amp;Vary:</source>
        <translation>&amp;Variieren:</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="144" />
        <source>&amp;Apply to the scenario</source>
        <translation>Im Szenario &amp;übernehmen</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="310" />
        <source>Target: {0}</source>
        <translation>Ziel: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="313" />
        <source>(baseline {0} in {1})</source>
        <translation>(Basis {0} in {1})</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="317" />
        <source>(the scenario in {0})</source>
        <translation>(das Szenario in {0})</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="329" />
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="365" />
        <source>Not reachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="368" />
        <source>No value of {0} between {1} and {2} reaches {3}; the closest is {4} at {5}.</source>
        <translation>Kein Wert von {0} zwischen {1} und {2} erreicht {3}; am nächsten kommt {4} bei {5}.</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="381" />
        <source>gives {0} in {1}: {2} (target {3})</source>
        <translation>ergibt {0} in {1}: {2} (Ziel {3})</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="387" />
        <source>(whole steps only: the nearest step that meets the target)</source>
        <translation>(nur ganze Schritte: der nächste Schritt, der das Ziel erfüllt)</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="390" />
        <source>Applying it also switches the measure on.</source>
        <translation>Beim Übernehmen wird auch die Maßnahme eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="395" />
        <source>outside the plausible range {0} to {1}</source>
        <translation>außerhalb des plausiblen Bereichs {0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../gui/goal_seek_dialog.py" line="418" />
        <source>Goal seek: {0} = {1}</source>
        <translation>Zielwertsuche: {0} = {1}</translation>
    </message>
</context>
<context>
    <name>KeyLevers</name>
    <message>
        <location filename="../../gui/key_levers.py" line="90" />
        <source>Switch on {0}</source>
        <translation>{0} einschalten</translation>
    </message>
    <message>
        <location filename="../../gui/key_levers.py" line="92" />
        <source>Switch off {0}</source>
        <translation>{0} ausschalten</translation>
    </message>
    <message>
        <location filename="../../gui/key_levers.py" line="149" />
        <source>Measures and their adoption year</source>
        <translation>Maßnahmen und ihr Einführungsjahr</translation>
    </message>
    <message>
        <location filename="../../gui/key_levers.py" line="175" />
        <source>All parameters, with search…</source>
        <translation>Alle Parameter, mit Suche…</translation>
    </message>
</context>
<context>
    <name>KpiStrip</name>
    <message>
        <location filename="../../gui/kpi_strip.py" line="265" />
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="266" />
        <source>▲▼ vs baseline</source>
        <translation>▲▼ ggü. Basis</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="271" />
        <source>The year the numbers and the per-query charts show</source>
        <translation>Das Jahr, das die Kennzahlen und die Diagramme pro Anfrage zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="295" />
        <source>Energy per year</source>
        <translation>Energie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="301" />
        <source>Energy per query</source>
        <translation>Energie pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="305" />
        <source>Emissions (CO₂e)</source>
        <translation>Emissionen (CO₂e)</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="306" />
        <source>Water on site</source>
        <translation>Wasser vor Ort</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="307" />
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="310" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="316" />
        <source>Power provisioned</source>
        <translation>Installierte Leistung</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="322" />
        <source>Households (equiv.)</source>
        <translation>Haushalte (Äquiv.)</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="452" />
        <source>= baseline</source>
        <translation>= Basis</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="468" />
        <source>Baseline: {0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="471" />
        <source>Uncertainty {0}–{1} (P5–P95 of {2} samples)</source>
        <translation>Unsicherheit {0}–{1} (P5–P95 aus {2} Stichproben)</translation>
    </message>
    <message>
        <location filename="../../gui/kpi_strip.py" line="474" />
        <source>Median {0}</source>
        <translation>Median {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="166" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="227" />
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="245" />
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="303" />
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="303" />
        <source>Start from the default scenario</source>
        <translation>Mit dem Standardszenario beginnen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="305" />
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="306" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307" />
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="309" />
        <source>Export to &amp;Excel…</source>
        <translation>Nach &amp;Excel exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="312" />
        <source>A workbook with inputs, results and charts</source>
        <translation>Eine Arbeitsmappe mit Eingaben, Ergebnissen und Diagrammen</translation>
    </message>
    <message>
        <source>Export charts as &amp;PNG…</source>
        <translation>Diagramme als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="315" />
        <source>Export &amp;charts…</source>
        <translation>&amp;Diagramme exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="318" />
        <source>Every chart as a PNG or SVG file in a folder</source>
        <translation>Jedes Diagramm als PNG- oder SVG-Datei in einen Ordner</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="321" />
        <source>Export res&amp;ults as CSV…</source>
        <translation>Ergebnisse als CS&amp;V exportieren…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="324" />
        <source>The results by year and component, for a spreadsheet</source>
        <translation>Die Ergebnisse nach Jahr und Komponente, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="326" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="327" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="329" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="332" />
        <source>Set current as &amp;baseline</source>
        <translation>Aktuelles als &amp;Basis setzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="335" />
        <source>Compare everything against the current scenario</source>
        <translation>Alles mit dem aktuellen Szenario vergleichen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="338" />
        <source>&amp;Reset to baseline</source>
        <translation>Auf Basis &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="341" />
        <source>Make the scenario equal to the baseline</source>
        <translation>Das Szenario gleich der Basis setzen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="344" />
        <source>Re&amp;name scenario…</source>
        <translation>Szenario &amp;umbenennen…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="347" />
        <source>The name shown in the workbook and the window title</source>
        <translation>Der Name in der Arbeitsmappe und im Fenstertitel</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="349" />
        <source>Show &amp;IEA data-centre totals</source>
        <translation>&amp;IEA-Gesamtwerte der Rechenzentren zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="352" />
        <source>Context: all data centres worldwide, 2024 and 2030 (IEA)</source>
        <translation>Kontext: alle Rechenzentren weltweit, 2024 und 2030 (IEA)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="355" />
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="362" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="364" />
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="373" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="376" />
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="381" />
        <source>&amp;Presets</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="393" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="401" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="405" />
        <source>System default</source>
        <translation>Systemeinstellung</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="415" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="416" />
        <source>&amp;About WattIf</source>
        <translation>&amp;Über WattIf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="427" />
        <location filename="../../gui/main_window.py" line="560" />
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="437" />
        <source>Rename scenario</source>
        <translation>Szenario umbenennen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="437" />
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="476" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="476" />
        <source>The language changes when WattIf is started again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von WattIf.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="512" />
        <source>Restored the session of {0} after an unexpected exit</source>
        <translation>Sitzung vom {0} nach einem unerwarteten Ende wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="549" />
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="563" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="564" />
        <source>Save the changes to “{0}” first?</source>
        <translation>Änderungen an „{0}“ zuerst speichern?</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="582" />
        <source>New scenario from the default preset</source>
        <translation>Neues Szenario aus der Standardvorlage</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="594" />
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="611" />
        <source>Cannot open scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="612" />
        <source>The file could not be opened; your current scenario is unchanged.</source>
        <translation>Die Datei konnte nicht geöffnet werden; Ihr aktuelles Szenario ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="624" />
        <source>Opened {0}</source>
        <translation>{0} geöffnet</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="641" />
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="660" />
        <source>Cannot save scenario</source>
        <translation>Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="669" />
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="679" />
        <source>Load preset “{0}”</source>
        <translation>Vorlage „{0}“ laden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="683" />
        <source>Preset: {0} (compared with the baseline you set)</source>
        <translation>Vorlage: {0} (verglichen mit der von Ihnen gesetzten Basis)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="687" />
        <source>Preset: {0}</source>
        <translation>Vorlage: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="696" />
        <location filename="../../gui/main_window.py" line="706" />
        <location filename="../../gui/main_window.py" line="720" />
        <location filename="../../gui/main_window.py" line="762" />
        <source>Export to Excel</source>
        <translation>Nach Excel exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="698" />
        <source>Excel export is not available in this version of WattIf (the module wattif.core.excel is missing).</source>
        <translation>Der Excel-Export ist in dieser Version von WattIf nicht verfügbar (das Modul wattif.core.excel fehlt).</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="708" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="719" />
        <source>Writing the workbook…</source>
        <translation>Arbeitsmappe wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="755" />
        <source>Exported {0}</source>
        <translation>{0} exportiert</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="763" />
        <source>The workbook could not be written.</source>
        <translation>Die Arbeitsmappe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not write {0}</source>
        <translation>{0} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="797" />
        <source>About WattIf</source>
        <translation>Über WattIf</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="799" />
        <source>&lt;b&gt;WattIf {0}&lt;/b&gt;&lt;br&gt;A what-if analyzer for the energy use of AI.&lt;br&gt;Every default has a source: see View → Sources.</source>
        <translation>&lt;b&gt;WattIf {0}&lt;/b&gt;&lt;br&gt;Ein Was-wäre-wenn-Rechner für den Energiebedarf von KI.&lt;br&gt;Jeder Standardwert hat eine Quelle: siehe Ansicht → Quellen.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="811" />
        <source>Please wait for the export to finish</source>
        <translation>Bitte warten, bis der Export fertig ist</translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <location filename="../../gui/parameter_panel.py" line="102" />
        <source>Set from a country…</source>
        <translation>Aus einem Land übernehmen…</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_panel.py" line="151" />
        <source>set by the chosen model ({0}: {1} {2})</source>
        <translation>vom gewählten Modell festgelegt ({0}: {1} {2})</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_panel.py" line="163" />
        <source>From the catalogue: {0} B parameters ({1} B active), KV cache {2} KiB per token at 16 bit; the greyed rows below are not used.</source>
        <translation>Aus dem Katalog: {0} Mrd. Parameter ({1} Mrd. aktiv), KV-Cache {2} KiB pro Token bei 16 Bit; die ausgegrauten Zeilen darunter werden nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>ParameterRow</name>
    <message>
        <location filename="../../gui/parameter_row.py" line="180" />
        <source>Reset to the default ({0})</source>
        <translation>Auf den Standardwert zurücksetzen ({0})</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="182" />
        <location filename="../../gui/parameter_row.py" line="591" />
        <source>Reset {0}</source>
        <translation>{0} zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="221" />
        <source>Custom (from parameters)</source>
        <translation>Eigenes (aus Parametern)</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="300" />
        <source>{0}: '{1}' is not a number; allowed {2}</source>
        <translation>{0}: „{1}“ ist keine Zahl; erlaubt {2}</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="309" />
        <source>{0}: '{1}' is not understood: no percentage here; allowed {2}</source>
        <translation>{0}: „{1}“ wird nicht verstanden: hier kein Prozentwert; erlaubt {2}</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="393" />
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="397" />
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="407" />
        <source>Choose {0}</source>
        <translation>{0} wählen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="417" />
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="423" />
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="423" />
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="440" />
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="440" />
        <source>Plausible</source>
        <translation>Plausibel</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="441" />
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="441" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="492" />
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="533" />
        <source>{0}: {1} is outside the allowed range {2}; set to {3}</source>
        <translation>{0}: {1} liegt außerhalb des erlaubten Bereichs {2}; auf {3} gesetzt</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="543" />
        <source>{0}: {1} read as {2}</source>
        <translation>{0}: {1} gelesen als {2}</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="551" />
        <source>{0}: {1} is outside the allowed range {2}; the value stays {3}. For {4} type {5}</source>
        <translation>{0}: {1} liegt außerhalb des erlaubten Bereichs {2}; der Wert bleibt {3}. Für {4} geben Sie {5} ein</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="565" />
        <source>Reset to the default</source>
        <translation>Auf den Standardwert zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_row.py" line="566" />
        <source>Show sources…</source>
        <translation>Quellen anzeigen…</translation>
    </message>
</context>
<context>
    <name>ParameterViews</name>
    <message>
        <location filename="../../gui/parameter_views.py" line="91" />
        <source>Search parameters (name or key)…</source>
        <translation>Parameter suchen (Name oder Schlüssel)…</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_views.py" line="93" />
        <source>Search parameters</source>
        <translation>Parameter suchen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_views.py" line="108" />
        <source>Key levers</source>
        <translation>Wichtigste Hebel</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_views.py" line="109" />
        <source>All parameters</source>
        <translation>Alle Parameter</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_views.py" line="110" />
        <source>Query volume, model, hardware, precision, batch, measures</source>
        <translation>Anfragevolumen, Modell, Hardware, Präzision, Batch, Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_views.py" line="111" />
        <source>Every input of the model, grouped, with a search</source>
        <translation>Alle Eingaben des Modells, gruppiert, mit Suche</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_views.py" line="291" />
        <source>{0} of {1} parameters</source>
        <translation>{0} von {1} Parametern</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_views.py" line="293" />
        <source>No parameter matches “{0}”</source>
        <translation>Kein Parameter passt zu „{0}“</translation>
    </message>
    <message>
        <location filename="../../gui/parameter_views.py" line="353" />
        <source>{0}: selected in the parameter panel</source>
        <translation>{0}: im Parameterbereich ausgewählt</translation>
    </message>
</context>
<context>
    <name>PerQueryChart</name>
    <message>
        <location filename="../../gui/per_query_chart.py" line="36" />
        <source>Energy per query</source>
        <translation>Energie pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/per_query_chart.py" line="117" />
        <source>Energy per query {0}: {1} Wh</source>
        <translation>Energie pro Anfrage {0}: {1} Wh</translation>
    </message>
    <message>
        <location filename="../../gui/per_query_chart.py" line="128" />
        <source>Wh · baseline {0} Wh</source>
        <translation>Wh · Basis {0} Wh</translation>
    </message>
    <message>
        <source>Wh per query · baseline {0} Wh</source>
        <translation>Wh pro Anfrage · Basis {0} Wh</translation>
    </message>
    <message>
        <source>Wh per query · baseline (dashed) {0} Wh</source>
        <translation>Wh pro Anfrage · Basis (gestrichelt) {0} Wh</translation>
    </message>
</context>
<context>
    <name>PhysicsPanel</name>
    <message>
        <location filename="../../gui/physics_panel.py" line="82" />
        <source>memory-bound</source>
        <translation>speichergebunden</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="83" />
        <source>compute-bound</source>
        <translation>rechengebunden</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="84" />
        <source>overhead-bound</source>
        <translation>overheadgebunden</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="88" />
        <source>Each step waits for the weights and the KV cache to stream from memory.</source>
        <translation>Jeder Schritt wartet darauf, dass Gewichte und KV-Cache aus dem Speicher gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="90" />
        <source>The arithmetic of the batch sets the time of each step.</source>
        <translation>Die Rechenarbeit des Batches bestimmt die Dauer jedes Schritts.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="92" />
        <source>Fixed and per-sequence time of each step (kernel launches, scheduling, communication between the accelerators) outweighs streaming and arithmetic.</source>
        <translation>Feste und pro Sequenz anfallende Zeit jedes Schritts (Kernel-Starts, Scheduling, Kommunikation zwischen den Beschleunigern) überwiegt Speicherzugriffe und Rechenarbeit.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="112" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="112" />
        <source>The model that decodes (catalogue or custom)</source>
        <translation>Das Modell, das dekodiert (aus dem Katalog oder eigenes)</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="114" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="115" />
        <source>Accelerators holding one copy of the model (a replica)</source>
        <translation>Beschleuniger, die eine Kopie des Modells halten (ein Replikat)</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="118" />
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="119" />
        <source>Sequences decoding together in one step (after the memory cap)</source>
        <translation>Sequenzen, die in einem Schritt gemeinsam dekodiert werden (nach der Speichergrenze)</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="121" />
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="121" />
        <source>Time of one decode step of a replica</source>
        <translation>Dauer eines Dekodierschritts eines Replikats</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="123" />
        <source>Regime</source>
        <translation>Regime</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="125" />
        <source>What sets the step time: memory bandwidth, compute, or fixed and per-sequence overheads</source>
        <translation>Was die Schrittdauer bestimmt: Speicherbandbreite, Rechenleistung oder feste und pro Sequenz anfallende Zeiten</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="130" />
        <source>Per accelerator</source>
        <translation>Je Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="131" />
        <source>Average power of one accelerator while serving</source>
        <translation>Mittlere Leistung eines Beschleunigers im Betrieb</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="134" />
        <source>Bandwidth used</source>
        <translation>Bandbreite</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="135" />
        <source>Achieved share of the peak memory bandwidth</source>
        <translation>Erreichter Anteil der maximalen Speicherbandbreite</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="137" />
        <source>Compute used</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="137" />
        <source>Achieved share of the peak compute</source>
        <translation>Erreichter Anteil der maximalen Rechenleistung</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="139" />
        <source>Per output token</source>
        <translation>Je Ausgabetoken</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="141" />
        <source>Accelerator energy per output token = power × accelerators × step time ÷ batch</source>
        <translation>Beschleunigerenergie je Ausgabetoken = Leistung × Beschleuniger × Schrittdauer ÷ Batch</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="155" />
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="156" />
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="175" />
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="235" />
        <source>Decode {0}</source>
        <translation>Dekodierung {0}</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="238" />
        <source>Why this number: how one replica decodes in {0} as configured (before measures and trends). The accelerator energy per query follows from the energy per output token. Click to fold or unfold.</source>
        <translation>Warum diese Zahl: wie ein Replikat {0} wie eingestellt dekodiert (vor Maßnahmen und Trends). Die Beschleunigerenergie pro Anfrage folgt aus der Energie je Ausgabetoken. Klicken zum Ein- und Ausklappen.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="250" />
        <source>{7} per output token: {0} on {1} × {2}, batch {3}, {4} per step, {5}, {6} per accelerator</source>
        <translation>{7} je Ausgabetoken: {0} auf {1} × {2}, Batch {3}, {4} pro Schritt, {5}, {6} je Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="268" />
        <source>The model's weights do not fit on the replica of {0} × {1}: raise “{2}” (0 = derive from memory).</source>
        <translation>Die Gewichte des Modells passen nicht auf das Replikat aus {0} × {1}: „{2}“ erhöhen (0 = aus dem Speicherbedarf ableiten).</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="312" />
        <source>Custom model</source>
        <translation>Eigenes Modell</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="313" />
        <source>{0} B active of {1} B parameters (set in the panel)</source>
        <translation>{0} Mrd. aktive von {1} Mrd. Parametern (im Bedienfeld eingestellt)</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="321" />
        <source>{0} × {1} per replica</source>
        <translation>{0} × {1} pro Replikat</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="324" />
        <source>The model's weights do not fit on the replica.</source>
        <translation>Die Gewichte des Modells passen nicht auf das Replikat.</translation>
    </message>
    <message>
        <location filename="../../gui/physics_panel.py" line="327" />
        <source>{0} W × {1} × {2} ms ÷ {3} = {4} J</source>
        <translation>{0} W × {1} × {2} ms ÷ {3} = {4} J</translation>
    </message>
</context>
<context>
    <name>PresentationLayout</name>
    <message>
        <location filename="../../gui/presentation.py" line="265" />
        <source>1, 2, 4</source>
        <translation>1, 2, 4</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="265" />
        <source>show 1, 2 or 4 charts</source>
        <translation>1, 2 oder 4 Diagramme zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="266" />
        <source>Page Down, →</source>
        <translation>Bild ab, →</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="266" />
        <source>next chart</source>
        <translation>nächstes Diagramm</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="267" />
        <source>Page Up, ←</source>
        <translation>Bild auf, ←</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="267" />
        <source>previous chart</source>
        <translation>vorheriges Diagramm</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="268" />
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="268" />
        <source>levers or charts: move the keyboard focus</source>
        <translation>Hebel oder Diagramme: Tastaturfokus wechseln</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="269" />
        <source>Tab, arrows</source>
        <translation>Tab, Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="269" />
        <source>move between levers, change the focused one</source>
        <translation>zwischen Hebeln wechseln, den fokussierten verstellen</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="270" />
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="270" />
        <source>show or hide these keys</source>
        <translation>diese Tasten zeigen oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="271" />
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../gui/presentation.py" line="271" />
        <source>leave presentation mode</source>
        <translation>Präsentationsmodus verlassen</translation>
    </message>
</context>
<context>
    <name>PublishedChart</name>
    <message>
        <location filename="../../gui/published_chart.py" line="57" />
        <source>Published figures per query</source>
        <translation>Veröffentlichte Werte pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="63" />
        <source>Energy per query [Wh, log scale]</source>
        <translation>Energie pro Anfrage [Wh, log. Skala]</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="67" />
        <source>Google Gemini (2025)</source>
        <translation>Google Gemini (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="68" />
        <source>Epoch AI GPT-4o (2025)</source>
        <translation>Epoch AI GPT-4o (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="69" />
        <source>OpenAI ChatGPT (2025)</source>
        <translation>OpenAI ChatGPT (2025)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="70" />
        <source>de Vries ChatGPT (2023)</source>
        <translation>de Vries ChatGPT (2023)</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="73" />
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="74" />
        <source>Epoch AI GPT-4o</source>
        <translation>Epoch AI GPT-4o</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="75" />
        <source>OpenAI ChatGPT</source>
        <translation>OpenAI ChatGPT</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="76" />
        <source>de Vries ChatGPT</source>
        <translation>de Vries ChatGPT</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="100" />
        <source>Web search</source>
        <translation>Websuche</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="281" />
        <source>Baseline {0}</source>
        <translation>Basis {0}</translation>
    </message>
    <message>
        <location filename="../../gui/published_chart.py" line="285" />
        <source>Scenario {0}</source>
        <translation>Szenario {0}</translation>
    </message>
    <message>
        <source>Google: Gemini median prompt (2025)</source>
        <translation>Google: Median-Prompt Gemini (2025)</translation>
    </message>
    <message>
        <source>Epoch AI: GPT-4o estimate (2025)</source>
        <translation>Epoch AI: Schätzung GPT-4o (2025)</translation>
    </message>
    <message>
        <source>OpenAI: average ChatGPT query (2025)</source>
        <translation>OpenAI: mittlere ChatGPT-Anfrage (2025)</translation>
    </message>
    <message>
        <source>de Vries: ChatGPT request (2023)</source>
        <translation>de Vries: ChatGPT-Anfrage (2023)</translation>
    </message>
    <message>
        <source>A web search: {0} Wh</source>
        <translation>Eine Websuche: {0} Wh</translation>
    </message>
    <message>
        <source>Baseline {0}: {1} Wh</source>
        <translation>Basis {0}: {1} Wh</translation>
    </message>
    <message>
        <source>This scenario {0}: {1} Wh</source>
        <translation>Dieses Szenario {0}: {1} Wh</translation>
    </message>
</context>
<context>
    <name>ScenarioList</name>
    <message>
        <source>Keep the current state as a named scenario to compare options side by side.</source>
        <translation>Den aktuellen Stand als benanntes Szenario behalten, um Optionen nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="98" />
        <source>Named scenarios</source>
        <translation>Benannte Szenarien</translation>
    </message>
    <message>
        <source>Check to show a scenario on the charts; Enter or double-click to edit it; F2 renames, Delete removes.</source>
        <translation>Häkchen: in den Diagrammen zeigen; Eingabe oder Doppelklick: bearbeiten; F2 benennt um, Entf löscht.</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="117" />
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the current state as a new named scenario (Ctrl+K)</source>
        <translation>Den aktuellen Stand als neues benanntes Szenario behalten (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="82" />
        <source>Keep (Ctrl+K) stores a snapshot of the current state under a name, to compare options side by side.</source>
        <translation>Behalten (Strg+K) speichert eine Momentaufnahme des aktuellen Stands unter einem Namen, um Optionen nebeneinander zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="101" />
        <source>Keep (Ctrl+K) adds a snapshot of the state you are editing; a snapshot stays as kept while you go on editing. Check to show a scenario on the charts; Enter or double-click to edit it; F2 renames, Delete removes.</source>
        <translation>Behalten (Strg+K) fügt eine Momentaufnahme des bearbeiteten Stands hinzu; sie bleibt, wie sie behalten wurde, während Sie weiterarbeiten. Anhaken, um ein Szenario in den Diagrammen zu zeigen; Eingabe oder Doppelklick, um es zu bearbeiten; F2 benennt um, Entf löscht.</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="119" />
        <source>Keep a snapshot of the current state as a new named scenario (Ctrl+K); you go on editing the current state</source>
        <translation>Eine Momentaufnahme des aktuellen Stands als neues benanntes Szenario behalten (Strg+K); Sie bearbeiten weiter den aktuellen Stand</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="125" />
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="126" />
        <source>Edit the selected scenario instead (Enter)</source>
        <translation>Stattdessen das ausgewählte Szenario bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="130" />
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="130" />
        <source>A copy of the selected scenario</source>
        <translation>Eine Kopie des ausgewählten Szenarios</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="133" />
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="133" />
        <source>Rename the selected scenario (F2)</source>
        <translation>Das ausgewählte Szenario umbenennen (F2)</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="136" />
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="136" />
        <source>Delete the selected scenario (Delete)</source>
        <translation>Das ausgewählte Szenario löschen (Entf)</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="193" />
        <source>Being edited: the charts draw it black, as the scenario</source>
        <translation>Wird bearbeitet: Die Diagramme zeigen es schwarz, als das Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="195" />
        <source>Enter or double-click to edit this scenario</source>
        <translation>Eingabe oder Doppelklick, um dieses Szenario zu bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="211" />
        <source>Editing the working state, not in the list; Keep adds a snapshot of it.</source>
        <translation>Bearbeitet wird der Arbeitsstand, der nicht in der Liste steht; Behalten fügt eine Momentaufnahme davon hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="214" />
        <source>Editing “{0}”; Keep adds a snapshot of it.</source>
        <translation>Bearbeitet wird „{0}“; Behalten fügt eine Momentaufnahme davon hinzu.</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="251" />
        <source>A workspace holds at most 32 named scenarios</source>
        <translation>Ein Arbeitsbereich fasst höchstens 32 benannte Szenarien</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="255" />
        <source>Option {0}</source>
        <translation>Option {0}</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="265" />
        <source>The working state, not kept, was left behind (Ctrl+Z brings it back)</source>
        <translation>Der nicht behaltene Arbeitsstand wurde verlassen (Strg+Z holt ihn zurück)</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_list.py" line="305" />
        <source>Deleted “{0}” (Ctrl+Z brings it back)</source>
        <translation>„{0}“ gelöscht (Strg+Z holt es zurück)</translation>
    </message>
</context>
<context>
    <name>ScenarioModel</name>
    <message>
        <location filename="../../gui/scenario_model.py" line="301" />
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_model.py" line="471" />
        <source>Reset to baseline</source>
        <translation>Auf Basis zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ScenarioSet</name>
    <message>
        <location filename="../../gui/scenario_set.py" line="141" />
        <source>Keep as “{0}”</source>
        <translation>Als „{0}“ behalten</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_set.py" line="149" />
        <source>Switch to “{0}”</source>
        <translation>Zu „{0}“ wechseln</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_set.py" line="158" />
        <source>Rename “{0}” to “{1}”</source>
        <translation>„{0}“ in „{1}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_set.py" line="166" />
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_set.py" line="169" />
        <source>Duplicate “{0}”</source>
        <translation>„{0}“ duplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_set.py" line="185" />
        <source>Delete “{0}”</source>
        <translation>„{0}“ löschen</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_set.py" line="193" />
        <source>Show “{0}”</source>
        <translation>„{0}“ anzeigen</translation>
    </message>
    <message>
        <location filename="../../gui/scenario_set.py" line="193" />
        <source>Hide “{0}”</source>
        <translation>„{0}“ ausblenden</translation>
    </message>
</context>
<context>
    <name>SourcesView</name>
    <message>
        <location filename="../../gui/sources_view.py" line="136" />
        <source>Search sources (author, figure, parameter)…</source>
        <translation>Quellen durchsuchen (Autor, Zahl, Parameter)…</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="149" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="149" />
        <source>Supports</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="149" />
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="149" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="206" />
        <source>Seed article (no public link)</source>
        <translation>Anlass-Artikel (kein öffentlicher Link)</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="208" />
        <source>One of the articles WattIf reproduces: the occasion, not evidence</source>
        <translation>Einer der Artikel, die WattIf nachrechnet: der Anlass, kein Beleg</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="211" />
        <source>WattIf methodology</source>
        <translation>WattIf-Methodik</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="212" />
        <source>Explained in the methodology (docs/methodology.md)</source>
        <translation>Erläutert in der Methodik (docs/methodology.md)</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="237" />
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../../gui/sources_view.py" line="248" />
        <source>Sources of “{0}” ({1}) — &lt;a href='#all'&gt;show all sources&lt;/a&gt;</source>
        <translation>Quellen von „{0}“ ({1}) — &lt;a href='#all'&gt;alle Quellen zeigen&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>StartupNotice</name>
    <message>
        <location filename="../../gui/startup_notice.py" line="36" />
        <source>{0} problem(s) at start: WattIf left out what it could not use</source>
        <translation>{0} Problem(e) beim Start: WattIf hat ausgelassen, was es nicht verwenden konnte</translation>
    </message>
    <message>
        <location filename="../../gui/startup_notice.py" line="43" />
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../gui/startup_notice.py" line="47" />
        <location filename="../../gui/startup_notice.py" line="48" />
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>ThemeMenu</name>
    <message>
        <location filename="../../gui/themes.py" line="548" />
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
</context>
<context>
    <name>TornadoView</name>
    <message>
        <location filename="../../gui/tornado_view.py" line="139" />
        <source>How many inputs the chart shows, largest swing first</source>
        <translation>Wie viele Eingaben das Diagramm zeigt, größte Spanne zuerst</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="145" />
        <source>&amp;Output:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="146" />
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="147" />
        <source>&amp;Inputs:</source>
        <translation>E&amp;ingaben:</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="164" />
        <source>Tornado chart</source>
        <translation>Tornado-Diagramm</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="361" />
        <source>What matters most: {0} in {1}</source>
        <translation>Was am meisten zählt: {0} im Jahr {1}</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="368" />
        <source>No input changes this output</source>
        <translation>Keine Eingabe ändert dieses Ergebnis</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="368" />
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="407" />
        <source>scenario {0}</source>
        <translation>Szenario {0}</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="440" />
        <source>input at its low end</source>
        <translation>Eingabe am unteren Ende</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="442" />
        <source>input at its high end</source>
        <translation>Eingabe am oberen Ende</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="446" />
        <source>(all other inputs as in the scenario)</source>
        <translation>(alle anderen Eingaben wie im Szenario)</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="559" />
        <source>{0} to {1} gives {2} to {3}</source>
        <translation>{0} bis {1} ergibt {2} bis {3}</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="572" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../gui/tornado_view.py" line="576" />
        <source>Click or press Enter to select it in the parameter panel</source>
        <translation>Klicken oder Eingabetaste drücken, um sie im Parameterbereich auszuwählen</translation>
    </message>
</context>
<context>
    <name>UncertainInputsView</name>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="71" />
        <source>Filter inputs…</source>
        <translation>Eingaben filtern…</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="73" />
        <source>Filter inputs</source>
        <translation>Eingaben filtern</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="74" />
        <source>&amp;Vary all</source>
        <translation>&amp;Alle variieren</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="75" />
        <source>Sample every input again (no input pinned)</source>
        <translation>Wieder alle Eingaben variieren (keine festgehalten)</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="86" />
        <source>Input (ticked: varies) and its range</source>
        <translation>Eingabe (angehakt: variiert) und ihr Bereich</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="90" />
        <source>Uncertain inputs</source>
        <translation>Unsichere Eingaben</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="94" />
        <source>Untick an input to pin it: it keeps the scenario's value and no longer adds to the bands.</source>
        <translation>Haken entfernen, um eine Eingabe festzuhalten: Sie behält den Wert des Szenarios und trägt nicht mehr zu den Bändern bei.</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="161" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="193" />
        <source>Scenario: {0}; sampled from {1}</source>
        <translation>Szenario: {0}; Stichproben aus {1}</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="245" />
        <source>{0} of {1} inputs vary.</source>
        <translation>{0} von {1} Eingaben variieren.</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="247" />
        <source>Bands are off (View → Uncertainty bands).</source>
        <translation>Bänder sind aus (Ansicht → Unsicherheitsbänder).</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="249" />
        <source>Computing the bands…</source>
        <translation>Bänder werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="252" />
        <source>Bands: P5–P95 and P25–P75 of {0} samples (Latin hypercube, fixed seed).</source>
        <translation>Bänder: P5–P95 und P25–P75 aus {0} Stichproben (Latin Hypercube, fester Startwert).</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="256" />
        <source>Energy per year: {0}</source>
        <translation>Energie pro Jahr: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/uncertain_inputs_view.py" line="258" />
        <source>Bands: {0} samples while the scenario moves…</source>
        <translation>Bänder: {0} Stichproben, während sich das Szenario bewegt…</translation>
    </message>
</context>
<context>
    <name>WaterfallChart</name>
    <message>
        <source>Savings by measure</source>
        <translation>Einsparung je Maßnahme</translation>
    </message>
    <message>
        <source>Switch on measures in the panel to see what each one saves</source>
        <translation>Maßnahmen im Bedienfeld einschalten, um ihre Einsparung zu sehen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="82" />
        <source>Effect of measures</source>
        <translation>Wirkung der Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="132" />
        <source>Switch on measures in the panel to see what each one changes</source>
        <translation>Maßnahmen im Bedienfeld einschalten, um ihre Wirkung zu sehen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="156" />
        <location filename="../../gui/waterfall_chart.py" line="193" />
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="157" />
        <location filename="../../gui/waterfall_chart.py" line="194" />
        <source>CO₂e</source>
        <translation>CO₂e</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="158" />
        <location filename="../../gui/waterfall_chart.py" line="195" />
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="161" />
        <source>Show the measures' effect on energy, CO₂e or cost</source>
        <translation>Wirkung der Maßnahmen auf Energie, CO₂e oder Kosten zeigen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="162" />
        <source>Waterfall metric</source>
        <translation>Größe im Wasserfall</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="229" />
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="233" />
        <source>Other changes</source>
        <translation>Andere Änderungen</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="243" />
        <source>Rebound</source>
        <translation>Rebound-Effekt</translation>
    </message>
    <message>
        <source>Demand response</source>
        <translation type="vanished">Nachfrage-Reaktion</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="246" />
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="281" />
        <source>{0} in {1} [{2}]</source>
        <translation>{0} {1} [{2}]</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="432" />
        <source>Measures ÷{0} · published ÷{1}–{2}</source>
        <translation>Maßnahmen ÷{0} · publiziert ÷{1}–{2}</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="435" />
        <source>Measures: ÷{0} energy per query · published: ÷{1}–{2}</source>
        <translation>Maßnahmen: ÷{0} Energie pro Anfrage · publiziert: ÷{1}–{2}</translation>
    </message>
    <message>
        <location filename="../../gui/waterfall_chart.py" line="470" />
        <source>Energy per query in {0} with every measure switched off, divided by the same with the enabled measures on (demand unchanged). Published range of efficiency measures combined: ÷{1}–{2}.
Source: {3}</source>
        <translation>Energie pro Anfrage {0} mit allen Maßnahmen aus, geteilt durch dieselbe mit den eingeschalteten Maßnahmen (Nachfrage unverändert). Publizierte Spanne der Effizienzmaßnahmen zusammen: ÷{1}–{2}.
Quelle: {3}</translation>
    </message>
    <message>
        <source>Energy in {0} [{1}]</source>
        <translation>Energie {0} [{1}]</translation>
    </message>
</context>
<context>
    <name>WindowExports</name>
    <message>
        <location filename="../../gui/chart_export.py" line="275" />
        <location filename="../../gui/chart_export.py" line="285" />
        <source>Export charts</source>
        <translation>Diagramme exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="298" />
        <source>Replace {0} existing chart files in {1}?</source>
        <translation>{0} vorhandene Diagrammdateien in {1} ersetzen?</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="304" />
        <source>WattIf chart; scenario: {0}</source>
        <translation>WattIf-Diagramm; Szenario: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="309" />
        <source>The charts were not exported: {0}</source>
        <translation>Die Diagramme wurden nicht exportiert: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="313" />
        <source>Exported {0} charts to {1}</source>
        <translation>{0} Diagramme nach {1} exportiert</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="322" />
        <source>Export results as CSV</source>
        <translation>Ergebnisse als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="326" />
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../../gui/chart_export.py" line="338" />
        <source>Exported {0}</source>
        <translation>{0} exportiert</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <location filename="../../gui/workspace_actions.py" line="94" />
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="98" />
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="137" />
        <source>&amp;Keep as named scenario</source>
        <translation>Als benanntes Szenario be&amp;halten</translation>
    </message>
    <message>
        <source>Keep the current state as a new named scenario to compare with others</source>
        <translation>Den aktuellen Stand als neues benanntes Szenario behalten, um ihn mit anderen zu vergleichen</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="141" />
        <source>Keep a snapshot of the current state as a new named scenario to compare with others; you go on editing the current state</source>
        <translation>Eine Momentaufnahme des aktuellen Stands als neues benanntes Szenario behalten, um sie mit anderen zu vergleichen; Sie bearbeiten weiter den aktuellen Stand</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="147" />
        <source>D&amp;uplicate scenario</source>
        <translation>Szenario d&amp;uplizieren</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="150" />
        <source>A copy of the selected named scenario, to vary it</source>
        <translation>Eine Kopie des ausgewählten benannten Szenarios, um sie abzuwandeln</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="154" />
        <source>De&amp;lete scenario</source>
        <translation>Szenario &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="157" />
        <source>Remove the selected named scenario (Undo brings it back)</source>
        <translation>Das ausgewählte benannte Szenario entfernen (Rückgängig holt es zurück)</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="161" />
        <source>Ne&amp;xt scenario</source>
        <translation>&amp;Nächstes Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="164" />
        <source>Edit the next named scenario</source>
        <translation>Das nächste benannte Szenario bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="168" />
        <source>Pre&amp;vious scenario</source>
        <translation>&amp;Vorheriges Szenario</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="171" />
        <source>Edit the previous named scenario</source>
        <translation>Das vorherige benannte Szenario bearbeiten</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="175" />
        <source>Named &amp;scenarios</source>
        <translation>Benannte &amp;Szenarien</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="178" />
        <source>&amp;Comparison table</source>
        <translation>&amp;Vergleichstabelle</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="180" />
        <source>KPIs of the baseline and the shown scenarios, base and chosen year</source>
        <translation>Kennzahlen der Basis und der gezeigten Szenarien, Basisjahr und gewähltes Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="185" />
        <source>Cop&amp;y comparison table</source>
        <translation>Vergleichstabelle ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="188" />
        <source>The comparison table for a spreadsheet or a slide</source>
        <translation>Die Vergleichstabelle für eine Tabellenkalkulation oder Folie</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="275" />
        <source>Editing “{0}”</source>
        <translation>Bearbeitet wird „{0}“</translation>
    </message>
    <message>
        <location filename="../../gui/workspace_actions.py" line="283" />
        <source>Comparison table copied: paste it into a spreadsheet or a slide</source>
        <translation>Vergleichstabelle kopiert: in eine Tabellenkalkulation oder Folie einfügen</translation>
    </message>
</context>
<context>
    <name>_ProblemsDialog</name>
    <message>
        <location filename="../../gui/startup_notice.py" line="71" />
        <source>Problems at start</source>
        <translation>Probleme beim Start</translation>
    </message>
    <message>
        <location filename="../../gui/startup_notice.py" line="76" />
        <source>WattIf started without the following. Broken files were renamed, not deleted, so nothing is lost.</source>
        <translation>WattIf ist ohne das Folgende gestartet. Fehlerhafte Dateien wurden umbenannt, nicht gelöscht, es geht also nichts verloren.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <location filename="../../gui/chart_base.py" line="135" />
        <source>billion</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_base.py" line="136" />
        <source>million</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <location filename="../../gui/chart_base.py" line="137" />
        <source>thousand</source>
        <translation>Tsd.</translation>
    </message>
</context>
<context>
    <name>core_text</name>
    <message>
        <location filename="../../gui/core_text.py" line="25" />
        <source>Evaluating the scenarios</source>
        <translation>Szenarien werden berechnet</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="28" />
        <source>Laying out the workbook</source>
        <translation>Arbeitsmappe wird angelegt</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="31" />
        <source>Writing the model formulas</source>
        <translation>Modellformeln werden geschrieben</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="34" />
        <source>Writing results and charts</source>
        <translation>Ergebnisse und Diagramme werden geschrieben</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="37" />
        <source>Uncertainty bands and tornado</source>
        <translation>Unsicherheitsbänder und Tornado</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="40" />
        <source>Compared scenarios</source>
        <translation>Verglichene Szenarien</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="41" />
        <source>Writing sources and checks</source>
        <translation>Quellen und Prüfungen werden geschrieben</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="44" />
        <source>Compressing the workbook</source>
        <translation>Arbeitsmappe wird komprimiert</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="47" />
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="61" />
        <source>Writing {0}</source>
        <translation>{0} wird geschrieben</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="124" />
        <source>{0}: file not found</source>
        <translation>{0}: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="125" />
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: kann nicht gelesen werden ({1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="128" />
        <source>{0}: is a folder, not a file</source>
        <translation>{0}: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="131" />
        <source>{0}: is a folder; choose a file name</source>
        <translation>{0}: ist ein Ordner; bitte einen Dateinamen wählen</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="134" />
        <source>{0}: too large for a scenario file</source>
        <translation>{0}: zu groß für eine Szenariodatei</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="137" />
        <source>{0}: not a text file (UTF-8 expected)</source>
        <translation>{0}: keine Textdatei (UTF-8 erwartet)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="140" />
        <source>{0}: not valid JSON ({1})</source>
        <translation>{0}: kein gültiges JSON ({1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="143" />
        <source>{0}: not a WattIf scenario file</source>
        <translation>{0}: keine WattIf-Szenariodatei</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="146" />
        <source>{0}: not a WattIf workspace file</source>
        <translation>{0}: keine WattIf-Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="150" />
        <source>{0}: file version {1} is not supported (this WattIf reads version {2})</source>
        <translation>{0}: Dateiversion {1} wird nicht unterstützt (dieses WattIf liest Version {2})</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="155" />
        <source>{0}: unknown field {1}</source>
        <translation>{0}: unbekanntes Feld {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="157" />
        <source>{0}: the file is read-only; it was not replaced (save under another name, or make it writable)</source>
        <translation>{0}: die Datei ist schreibgeschützt und wurde nicht ersetzt (unter anderem Namen speichern oder Schreibschutz aufheben)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="162" />
        <source>{0}: the folder {1} does not exist</source>
        <translation>{0}: der Ordner {1} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="165" />
        <source>{0}: no permission to write in {1}</source>
        <translation>{0}: keine Schreibberechtigung in {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="169" />
        <source>{0}: could not be written ({1}); the previous file, if any, is unchanged</source>
        <translation>{0}: konnte nicht geschrieben werden ({1}); eine vorhandene Datei ist unverändert</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="174" />
        <source>{0}: cannot be written ({1})</source>
        <translation>{0}: kann nicht geschrieben werden ({1})</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="177" />
        <source>{0}: {1} is outside the allowed range {2}</source>
        <translation>{0}: {1} liegt außerhalb des erlaubten Bereichs {2}</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="181" />
        <source>{0}: {1} is too near 0 to mean anything; use 0 or at least {2}</source>
        <translation>{0}: {1} liegt zu nah an 0, um etwas zu bedeuten; 0 oder mindestens {2} eingeben</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="185" />
        <source>{0}: expected a number, got {1}</source>
        <translation>{0}: Zahl erwartet, erhalten {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="188" />
        <source>{0}: expected true or false, got {1}</source>
        <translation>{0}: wahr oder falsch erwartet, erhalten {1}</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="191" />
        <source>unknown parameter {0}</source>
        <translation>unbekannter Parameter {0}</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="192" />
        <source>The horizon year ({0}) must not be before the base year ({1})</source>
        <translation>Das Zieljahr ({0}) darf nicht vor dem Basisjahr ({1}) liegen</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="208" />
        <source> to </source>
        <translation> bis </translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="241" />
        <source>GPT-4-class frontier MoE (archetype)</source>
        <translation>Frontier-MoE der GPT-4-Klasse (Archetyp)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="244" />
        <source>GPT-4o-class MoE (archetype)</source>
        <translation>MoE der GPT-4o-Klasse (Archetyp)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="247" />
        <source>GPT-3 175B (published architecture)</source>
        <translation>GPT-3 175B (veröffentlichte Architektur)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="250" />
        <source>NVIDIA GB200 NVL72 (per GPU)</source>
        <translation>NVIDIA GB200 NVL72 (pro GPU)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="253" />
        <source>2-socket server CPU (2 x Xeon Platinum 8480+)</source>
        <translation>Server-CPU mit 2 Sockeln (2 x Xeon Platinum 8480+)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="256" />
        <source>AI PC laptop NPU (Snapdragon X Elite class)</source>
        <translation>NPU eines KI-PC-Laptops (Klasse Snapdragon X Elite)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="272" />
        <source>{0} (archetype)</source>
        <translation>{0} (Archetyp)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="273" />
        <source>{0} (published architecture)</source>
        <translation>{0} (veröffentlichte Architektur)</translation>
    </message>
    <message>
        <location filename="../../gui/core_text.py" line="276" />
        <source>{0} (per GPU)</source>
        <translation>{0} (pro GPU)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/errors.py" line="49" />
        <source>not a regular log file</source>
        <translation>keine normale Protokolldatei</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="55" />
        <source>{0}: the log cannot be written ({1}); WattIf runs without it</source>
        <translation>{0}: Das Protokoll kann nicht geschrieben werden ({1}); WattIf läuft ohne Protokoll</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="81" />
        <source>WattIf</source>
        <translation>WattIf</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="86" />
        <source>Something went wrong, but your scenario is safe.</source>
        <translation>Etwas ist schiefgegangen, aber Ihr Szenario ist sicher.</translation>
    </message>
    <message>
        <location filename="../../gui/errors.py" line="92" />
        <source>{0}: {1}

The details were written to the log{2}.</source>
        <translation>{0}: {1}

Die Einzelheiten stehen im Protokoll{2}.</translation>
    </message>
</context>
<context>
    <name>explain</name>
    <message>
        <location filename="../../gui/explain.py" line="60" />
        <source>Energy per query × queries in the year (growing by the demand growth, answering the rebound), plus other AI workloads and the training share; at the meter, cooling and facility (PUE) included. Methodology §7.</source>
        <translation>Energie pro Anfrage × Anfragen im Jahr (wachsend mit dem Nachfragewachstum, mit Rebound), plus andere KI-Last und Trainingsanteil; am Zähler, Kühlung und Gebäude (PUE) eingeschlossen. Methodik §7.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="66" />
        <source>Accelerators + host + idle capacity + cooling and facility (PUE) + network + device, from the time the model needs per token on the hardware at the batch that runs. Queries answered locally or from a cache use no data-centre energy. Methodology §2.</source>
        <translation>Beschleuniger + Host + Leerlaufkapazität + Kühlung und Gebäude (PUE) + Netzwerk + Endgerät, aus der Zeit, die das Modell pro Token auf der Hardware bei der laufenden Batchgröße braucht. Lokal oder aus einem Cache beantwortete Anfragen verbrauchen keine Rechenzentrumsenergie. Methodik §2.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="73" />
        <source>(Energy − training) × grid carbon intensity of the year (falling by the decarbonisation rate; the clean-power measure) + training × the training grid. Methodology §7.</source>
        <translation>(Energie − Training) × CO₂-Intensität des Stromnetzes im Jahr (sinkend mit der Dekarbonisierungsrate; Maßnahme Sauberer Strom) + Training × Netz des Trainings. Methodik §7.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="79" />
        <source>Water used on site for cooling: IT energy (accelerators, host, idle capacity, training and other AI workloads without the PUE overhead) × WUE [L/kWh] ÷ 1000. Water used to generate the electricity is not included. Methodology §7.</source>
        <translation>Vor Ort zur Kühlung verbrauchtes Wasser: IT-Energie (Beschleuniger, Host, Leerlauf, Training und andere KI-Last ohne PUE-Aufschlag) × WUE [L/kWh] ÷ 1000. Wasser der Stromerzeugung ist nicht enthalten. Methodik §7.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="85" />
        <source>Energy per year × electricity price. Methodology §7.</source>
        <translation>Energie pro Jahr × Strompreis. Methodik §7.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="88" />
        <source>The serving fleet for the average load: accelerator time per query × queries per second ÷ fleet utilisation, in whole replicas, plus the accelerators of other AI workloads. Methodology §3.</source>
        <translation>Die Betriebsflotte für die mittlere Last: Beschleunigerzeit pro Anfrage × Anfragen pro Sekunde ÷ Flottenauslastung, in ganzen Replikaten, plus die Beschleuniger anderer KI-Last. Methodik §3.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="94" />
        <source>Power the sites must supply at full load: accelerators × (TDP + host power) × PUE. Methodology §3.</source>
        <translation>Leistung, die die Standorte bei Volllast liefern müssen: Beschleuniger × (TDP + Host-Leistung) × PUE. Methodik §3.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="99" />
        <source>Energy per year ÷ the electricity one household uses in a year (German households: about 3,100 kWh). Methodology §9.</source>
        <translation>Energie pro Jahr ÷ Stromverbrauch eines Haushalts im Jahr (deutsche Haushalte: etwa 3.100 kWh). Methodik §9.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="110" />
        <source>Energy per year by component: energy per query × queries of the year, plus other AI workloads and the training share. Grey dashed: the baseline. Methodology §7.</source>
        <translation>Energie pro Jahr nach Komponenten: Energie pro Anfrage × Anfragen des Jahres, plus andere KI-Last und Trainingsanteil. Grau gestrichelt: die Basis. Methodik §7.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="115" />
        <source>Energy of one query by component in the chosen year: accelerator time per token (memory and compute at the batch that runs) × power, plus host, idle capacity and cooling and facility (PUE). Methodology §2.</source>
        <translation>Energie einer Anfrage nach Komponenten im gewählten Jahr: Beschleunigerzeit pro Token (Speicher und Rechenleistung bei der laufenden Batchgröße) × Leistung, plus Host, Leerlauf sowie Kühlung und Gebäude (PUE). Methodik §2.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="121" />
        <source>This scenario's energy per query next to published figures (OpenAI, Google, Epoch AI, de Vries); they differ in what they count. Methodology §8.</source>
        <translation>Energie pro Anfrage dieses Szenarios neben veröffentlichten Zahlen (OpenAI, Google, Epoch AI, de Vries); sie zählen Unterschiedliches. Methodik §8.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="126" />
        <source>Accelerators, provisioned power and racks per year: the fleet sized for the average load at the fleet utilisation, in whole replicas. Methodology §3.</source>
        <translation>Beschleuniger, installierte Leistung und Racks pro Jahr: die Flotte für die mittlere Last bei der Flottenauslastung, in ganzen Replikaten. Methodik §3.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="131" />
        <source>CO₂e = energy × grid carbon intensity; water on site = IT energy × WUE; cost = energy × electricity price. Methodology §7.</source>
        <translation>CO₂e = Energie × CO₂-Intensität des Netzes; Wasser vor Ort = IT-Energie × WUE; Kosten = Energie × Strompreis. Methodik §7.</translation>
    </message>
    <message>
        <location filename="../../gui/explain.py" line="136" />
        <source>What each switched-on measure changes in the chosen year (energy, CO₂e or cost), one after the other from the scenario without measures at unchanged demand; then the demand response (rebound) they cause. Below: energy per query without ÷ with the measures, beside the published range of measures combined. Methodology §6, §8b.</source>
        <translation>Was jede eingeschaltete Maßnahme im gewählten Jahr ändert (Energie, CO₂e oder Kosten), nacheinander ausgehend vom Szenario ohne Maßnahmen bei unveränderter Nachfrage; danach die Reaktion der Nachfrage (Rebound). Darunter: Energie pro Anfrage ohne ÷ mit den Maßnahmen, neben der publizierten Spanne der Maßnahmen zusammen. Methodik §6, §8b.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../gui/formatting.py" line="112" />
        <source>bn</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="113" />
        <source>M</source>
        <translation>Mio.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="114" />
        <source>k</source>
        <translation>Tsd.</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="178" />
        <source>billion m³</source>
        <translation>Mrd. m³</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="181" />
        <source>million m³</source>
        <translation>Mio. m³</translation>
    </message>
    <message>
        <location filename="../../gui/formatting.py" line="246" />
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location filename="../../gui/metric_text.py" line="36" />
        <source>Energy per year</source>
        <translation>Energie pro Jahr</translation>
    </message>
    <message>
        <location filename="../../gui/metric_text.py" line="37" />
        <source>Energy per query</source>
        <translation>Energie pro Anfrage</translation>
    </message>
    <message>
        <location filename="../../gui/metric_text.py" line="38" />
        <source>Emissions (CO₂e)</source>
        <translation>Emissionen (CO₂e)</translation>
    </message>
    <message>
        <location filename="../../gui/metric_text.py" line="39" />
        <source>Water on site</source>
        <translation>Wasser vor Ort</translation>
    </message>
    <message>
        <location filename="../../gui/metric_text.py" line="40" />
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <location filename="../../gui/metric_text.py" line="41" />
        <source>Accelerators</source>
        <translation>Beschleuniger</translation>
    </message>
    <message>
        <location filename="../../gui/metric_text.py" line="42" />
        <source>Power provisioned</source>
        <translation>Installierte Leistung</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <location filename="../../gui/session.py" line="74" />
        <source>{0}: could not be used ({1}); it was kept as {2}</source>
        <translation>{0}: nicht verwendbar ({1}); aufbewahrt als {2}</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="80" />
        <source>{0}: could not be used ({1}); it was left as it is</source>
        <translation>{0}: nicht verwendbar ({1}); unverändert gelassen</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="107" />
        <source>a file where the state folder should be</source>
        <translation>eine Datei an der Stelle des Statusordners</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="118" />
        <source>{0}: the state folder cannot be created or written ({1}); settings and recovery are kept in {2} for this session only</source>
        <translation>{0}: Der Statusordner kann nicht angelegt oder beschrieben werden ({1}); Einstellungen und Wiederherstellung liegen nur für diese Sitzung in {2}</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="169" />
        <source>not a regular settings file, or too large</source>
        <translation>keine normale Einstellungsdatei oder zu groß</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="174" />
        <source>not a settings file WattIf can read</source>
        <translation>keine Einstellungsdatei, die WattIf lesen kann</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="190" />
        <source>; the old file was kept as {0}</source>
        <translation>; die alte Datei wurde als {0} aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="198" />
        <source>{0}: the setting {1} = {2} was not usable and was reset{3}</source>
        <translation>{0}: Die Einstellung {1} = {2} war nicht verwendbar und wurde zurückgesetzt{3}</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="279" />
        <source>{0}: cannot be created; this window keeps no recovery file</source>
        <translation>{0}: kann nicht angelegt werden; dieses Fenster führt keine Wiederherstellungsdatei</translation>
    </message>
    <message>
        <location filename="../../gui/session.py" line="286" />
        <source>Too many WattIf windows are open; this one keeps no recovery file</source>
        <translation>Zu viele WattIf-Fenster sind geöffnet; dieses führt keine Wiederherstellungsdatei</translation>
    </message>
</context>
<context>
    <name>themes</name>
    <message>
        <location filename="../../gui/themes.py" line="78" />
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../gui/themes.py" line="79" />
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../gui/themes.py" line="80" />
        <source>High contrast (projector)</source>
        <translation>Hoher Kontrast (Beamer)</translation>
    </message>
</context>
</TS>