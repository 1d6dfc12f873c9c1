"""Fill ``wattif_de.ts`` with the German translations below, then run lrelease.

Workflow (Qt Linguist, as in Vorta)::

    .venv/bin/pyside6-lupdate gui/*.py -ts resources/i18n/wattif_de.ts
    .venv/bin/python resources/i18n/translate_de.py      # or edit the .ts in pyside6-linguist
    .venv/bin/pyside6-lrelease resources/i18n/wattif_de.ts -qm resources/i18n/wattif_de.qm

Texts missing here stay "unfinished" in the .ts file and show in English.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

DE = {
    "Energy per year": "Energie pro Jahr",
    "IEA: all data centres worldwide": "IEA: alle Rechenzentren weltweit",
    "Energy [{0}]": "Energie [{0}]",
    "scenario {0}": "Szenario {0}",
    "baseline {0}": "Basis {0}",
    "Emissions": "Emissionen",
    "Water": "Wasser",
    "Electricity cost": "Stromkosten",
    "CO₂e, water and cost": "CO₂e, Wasser und Kosten",
    "Accelerators": "Beschleuniger",
    "Power provisioned": "Installierte Leistung",
    "Racks": "Racks",
    "Fleet and power": "Flotte und Leistung",
    "Year": "Jahr",
    "▲▼ vs baseline": "▲▼ ggü. Basis",
    "The year the numbers and the per-query charts show": "Das Jahr, das die Kennzahlen und die Diagramme pro Anfrage zeigen",
    "Energy per query": "Energie pro Anfrage",
    "Emissions (CO₂e)": "Emissionen (CO₂e)",
    "Water on site": "Wasser vor Ort",
    "Households (equiv.)": "Haushalte (Äquiv.)",
    "= baseline": "= Basis",
    "Baseline: {0}": "Basis: {0}",
    "Ready": "Bereit",
    "Parameters": "Parameter",
    "Sources": "Quellen",
    "&New": "&Neu",
    "Start from the default scenario": "Mit dem Standardszenario beginnen",
    "&Open…": "Ö&ffnen…",
    "&Save": "&Speichern",
    "Save &As…": "Speichern &unter…",
    "Export to &Excel…": "Nach &Excel exportieren…",
    "A workbook with inputs, results and charts": "Eine Arbeitsmappe mit Eingaben, Ergebnissen und Diagrammen",
    "Export charts as &PNG…": "Diagramme als &PNG exportieren…",
    "&Quit": "&Beenden",
    "&Undo": "&Rückgängig",
    "&Redo": "&Wiederholen",
    "Set current as &baseline": "Aktuelles als &Basis setzen",
    "Compare everything against the current scenario": "Alles mit dem aktuellen Szenario vergleichen",
    "&Reset to baseline": "Auf Basis &zurücksetzen",
    "Make the scenario equal to the baseline": "Das Szenario gleich der Basis setzen",
    "Show &IEA data-centre totals": "&IEA-Gesamtwerte der Rechenzentren zeigen",
    "Context: all data centres worldwide, 2024 and 2030 (IEA)": "Kontext: alle Rechenzentren weltweit, 2024 und 2030 (IEA)",
    "&Presentation mode": "&Präsentationsmodus",
    "Re&name scenario…": "Szenario &umbenennen…",
    "IEA, all data centres worldwide:": "IEA, alle Rechenzentren weltweit:",
    "scenario {0}: {1} % of it": "Szenario {0}: {1} % davon",
    "The name shown in the workbook and the window title": "Der Name in der Arbeitsmappe und im Fenstertitel",
    "Rename scenario": "Szenario umbenennen",
    "Name:": "Name:",
    "&File": "&Datei",
    "Open &Recent": "&Zuletzt geöffnet",
    "&Edit": "&Bearbeiten",
    "&Scenario": "&Szenario",
    "&Presets": "&Vorlagen",
    "&View": "&Ansicht",
    "&Language": "&Sprache",
    "System default": "Systemeinstellung",
    "&Help": "&Hilfe",
    "&About WattIf": "&Über WattIf",
    "Untitled": "Unbenannt",
    "Language": "Sprache",
    "The language changes when WattIf is started again.": "Die Sprache wechselt beim nächsten Start von WattIf.",
    "Clear list": "Liste leeren",
    "Unsaved changes": "Ungespeicherte Änderungen",
    "Save the changes to “{0}” first?": "Änderungen an „{0}“ zuerst speichern?",
    "New scenario from the default preset": "Neues Szenario aus der Standardvorlage",
    "Open scenario": "Szenario öffnen",
    "Cannot open scenario": "Szenario kann nicht geöffnet werden",
    "The file could not be opened; your current scenario is unchanged.": "Die Datei konnte nicht geöffnet werden; Ihr aktuelles Szenario ist unverändert.",
    "Opened {0}": "{0} geöffnet",
    "Save scenario": "Szenario speichern",
    "Cannot save scenario": "Szenario kann nicht gespeichert werden",
    "Saved {0}": "{0} gespeichert",
    "Load preset “{0}”": "Vorlage „{0}“ laden",
    "Preset: {0}": "Vorlage: {0}",
    "Export to Excel": "Nach Excel exportieren",
    "Excel export is not available in this version of WattIf (the module wattif.core.excel is "
    "missing).": "Der Excel-Export ist in dieser Version von WattIf nicht verfügbar (das Modul "
    "wattif.core.excel fehlt).",
    "Excel workbook (*.xlsx)": "Excel-Arbeitsmappe (*.xlsx)",
    "Writing the workbook…": "Arbeitsmappe wird geschrieben…",
    "Exported {0}": "{0} exportiert",
    "The workbook could not be written.": "Die Arbeitsmappe konnte nicht geschrieben werden.",
    "Export charts": "Diagramme exportieren",
    "PNG image (*.png)": "PNG-Bild (*.png)",
    "Could not write {0}": "{0} konnte nicht geschrieben werden",
    "About WattIf": "Über WattIf",
    "<b>WattIf {0}</b><br>A what-if analyzer for the energy use of AI.<br>Every default has a "
    "source: see View → Sources.": "<b>WattIf {0}</b><br>Ein Was-wäre-wenn-Rechner für den "
    "Energiebedarf von KI.<br>Jeder Standardwert hat eine Quelle: "
    "siehe Ansicht → Quellen.",
    "Please wait for the export to finish": "Bitte warten, bis der Export fertig ist",
    "Set from a country…": "Aus einem Land übernehmen…",
    "Reset to the default ({0})": "Auf den Standardwert zurücksetzen ({0})",
    "Reset {0}": "{0} zurücksetzen",
    "{0}: '{1}' is not a number; allowed {2}": "{0}: „{1}“ ist keine Zahl; erlaubt {2}",
    "Choose {0}": "{0} wählen",
    "{0} to {1}": "{0} bis {1}",
    "on": "an",
    "off": "aus",
    "Change {0}": "{0} ändern",
    "{0}: {1} is outside the allowed range {2}; set to {3}": "{0}: {1} liegt außerhalb des erlaubten Bereichs {2}; auf {3} gesetzt",
    "Range": "Bereich",
    "Plausible": "Plausibel",
    "Default": "Standard",
    "Source": "Quelle",
    "Energy per query {0}: {1} Wh": "Energie pro Anfrage {0}: {1} Wh",
    "Wh per query · baseline {0} Wh": "Wh pro Anfrage · Basis {0} Wh",
    "Published figures per query": "Veröffentlichte Werte pro Anfrage",
    "Energy per query [Wh, log scale]": "Energie pro Anfrage [Wh, log. Skala]",
    "Google: Gemini median prompt (2025)": "Google: Median-Prompt Gemini (2025)",
    "Epoch AI: GPT-4o estimate (2025)": "Epoch AI: Schätzung GPT-4o (2025)",
    "OpenAI: average ChatGPT query (2025)": "OpenAI: mittlere ChatGPT-Anfrage (2025)",
    "de Vries: ChatGPT request (2023)": "de Vries: ChatGPT-Anfrage (2023)",
    "A web search: {0} Wh": "Eine Websuche: {0} Wh",
    "Baseline {0}: {1} Wh": "Basis {0}: {1} Wh",
    "This scenario {0}: {1} Wh": "Dieses Szenario {0}: {1} Wh",
    "Reset to baseline": "Auf Basis zurücksetzen",
    "Savings by measure": "Einsparung je Maßnahme",
    "Baseline": "Basis",
    "Other changes": "Andere Änderungen",
    "Scenario": "Szenario",
    "Energy in {0} [{1}]": "Energie {0} [{1}]",
    "billion": "Mrd.",
    "million": "Mio.",
    "thousand": "Tsd.",
    "WattIf": "WattIf",
    "Something went wrong, but your scenario is safe.": "Etwas ist schiefgegangen, aber Ihr Szenario ist sicher.",
    "{0}: {1}\n\nThe details were written to the log{2}.": "{0}: {1}\n\nDie Einzelheiten stehen im Protokoll{2}.",
    "bn": "Mrd.",
    "M": "Mio.",
    "k": "Tsd.",
    "new": "neu",
    "Switch on measures in the panel to see what each one saves": "Maßnahmen im Bedienfeld einschalten, um ihre Einsparung zu sehen",
    "Custom (from parameters)": "Eigenes (aus Parametern)",
    "Not used": "Nicht verwendet",
    "Id": "ID",
    "set by the chosen model ({0}: {1} {2})": "vom gewählten Modell festgelegt ({0}: {1} {2})",
    "From the catalogue: {0} B parameters ({1} B active), KV cache {2} KiB per token at 16 bit; "
    "the greyed rows below are not used.": "Aus dem Katalog: {0} Mrd. Parameter ({1} Mrd. aktiv), "
    "KV-Cache {2} KiB pro Token bei 16 Bit; die ausgegrauten Zeilen darunter werden nicht verwendet.",
    "memory-bound": "speichergebunden",
    "compute-bound": "rechengebunden",
    "overhead-bound": "overheadgebunden",
    "Each step waits for the weights and the KV cache to stream from memory.": "Jeder Schritt wartet darauf, dass Gewichte und KV-Cache aus dem Speicher gelesen werden.",
    "The arithmetic of the batch sets the time of each step.": "Die Rechenarbeit des Batches bestimmt die Dauer jedes Schritts.",
    "Fixed and per-sequence time of each step (kernel launches, scheduling, communication between "
    "the accelerators) outweighs streaming and arithmetic.": "Feste und pro Sequenz anfallende Zeit "
    "jedes Schritts (Kernel-Starts, Scheduling, Kommunikation zwischen den Beschleunigern) überwiegt "
    "Speicherzugriffe und Rechenarbeit.",
    "Model": "Modell",
    "The model that decodes (catalogue or custom)": "Das Modell, das dekodiert (aus dem Katalog oder eigenes)",
    "Accelerators holding one copy of the model (a replica)": "Beschleuniger, die eine Kopie des Modells halten (ein Replikat)",
    "Batch": "Batch",
    "Sequences decoding together in one step (after the memory cap)": "Sequenzen, die in einem Schritt gemeinsam dekodiert werden (nach der Speichergrenze)",
    "Step": "Schritt",
    "Time of one decode step of a replica": "Dauer eines Dekodierschritts eines Replikats",
    "Regime": "Regime",
    "What sets the step time: memory bandwidth, compute, or fixed and per-sequence overheads": "Was die Schrittdauer bestimmt: Speicherbandbreite, Rechenleistung oder feste und pro Sequenz anfallende Zeiten",
    "Per accelerator": "Je Beschleuniger",
    "Average power of one accelerator while serving": "Mittlere Leistung eines Beschleunigers im Betrieb",
    "Bandwidth used": "Bandbreite",
    "Achieved share of the peak memory bandwidth": "Erreichter Anteil der maximalen Speicherbandbreite",
    "Compute used": "Rechenleistung",
    "Achieved share of the peak compute": "Erreichter Anteil der maximalen Rechenleistung",
    "Per output token": "Je Ausgabetoken",
    "Accelerator energy per output token = power × accelerators × step time ÷ batch": "Beschleunigerenergie je Ausgabetoken = Leistung × Beschleuniger × Schrittdauer ÷ Batch",
    "Warning": "Warnung",
    "Decode {0}": "Dekodierung {0}",
    "Why this number: how one replica decodes in {0} as configured (before measures and trends). "
    "The accelerator energy per query follows from the energy per output token. Click to fold or "
    "unfold.": "Warum diese Zahl: wie ein Replikat {0} wie eingestellt dekodiert (vor Maßnahmen und "
    "Trends). Die Beschleunigerenergie pro Anfrage folgt aus der Energie je Ausgabetoken. Klicken "
    "zum Ein- und Ausklappen.",
    "{7} per output token: {0} on {1} × {2}, batch {3}, {4} per step, {5}, {6} per accelerator": "{7} je Ausgabetoken: {0} auf {1} × {2}, Batch {3}, {4} pro Schritt, {5}, {6} je Beschleuniger",
    "The model's weights do not fit on the replica of {0} × {1}: raise “{2}” (0 = derive from "
    "memory).": "Die Gewichte des Modells passen nicht auf das Replikat aus {0} × {1}: „{2}“ "
    "erhöhen (0 = aus dem Speicherbedarf ableiten).",
    "Custom model": "Eigenes Modell",
    "{0} B active of {1} B parameters (set in the panel)": "{0} Mrd. aktive von {1} Mrd. Parametern (im Bedienfeld eingestellt)",
    "{0} × {1} per replica": "{0} × {1} pro Replikat",
    "The model's weights do not fit on the replica.": "Die Gewichte des Modells passen nicht auf das Replikat.",
    "{0} W × {1} × {2} ms ÷ {3} = {4} J": "{0} W × {1} × {2} ms ÷ {3} = {4} J",
}


def main() -> int:
    path = HERE / "wattif_de.ts"
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source in DE:
            translation.text = DE[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    for text in missing:
        print("untranslated:", text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
