"""What the station's services say, in the window's language.

The packing engine, the counter desk, recovery, the shift closer and the adapters behind them
(printers, the SortedPRO client) speak English: they do not know Qt. Their fixed sentences and the
templates of their :class:`~packstation.domain.sentences.Sentence` values are listed here for the
translation tools; :func:`shown` looks a sentence up when the window shows it. A sentence not
listed (or not translated yet) is shown in English. ``tests/gui/test_engine_words.py`` reads their
source to keep this list equal to what they say.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from packstation.domain.sentences import Sentence, Trimmed, fill

CONTEXT = "EngineWords"

FIXED = (
    QT_TRANSLATE_NOOP("EngineWords", "Ask the shift lead to cancel it with the carrier."),
    QT_TRANSLATE_NOOP("EngineWords", "Check in SortedPRO before packing it again."),
    QT_TRANSLATE_NOOP("EngineWords", "Check the code and scan again, or put the parcel aside."),
    QT_TRANSLATE_NOOP("EngineWords", "Check the label is on the parcel; reprint if not."),
    QT_TRANSLATE_NOOP("EngineWords", "Check the parcels, then press Enter to book a carrier."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Check the weight and size (or split the parcel), then press Enter."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Choose another service for it (1-9), or press Esc to leave it."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Close the shift again: each such consignment is checked before it is sent."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Closing the shift will retry."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Confirm the parcel (weight, size) and which items go in it, then press Enter.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Correct the fields listed, then ask again."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Enter: pack another consignment   Esc or the next scan: leave it"
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Fill in the destination and parcels, then ask for options or quotes."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Hand over the receipt; fill in the form for the next customer."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Nothing to do."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Press Enter (or 1) to book it and print the label; Esc to leave it."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Press Esc to leave the booking."),
    QT_TRANSLATE_NOOP("EngineWords", "Press Esc to leave this pack."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Press P to print the receipt again, then fill in the form for the next customer.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Press R to reprint its label (you will be asked why)."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Press the number of the choice (1-9), or use the arrows and Enter."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Press the number of the right one (1-9), or use the arrows and Enter."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Press the number of the service (1-9), or use the arrows and Enter."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Put the parcel aside and call the shift lead."),
    QT_TRANSLATE_NOOP("EngineWords", "Put the parcel aside for the shift lead."),
    QT_TRANSLATE_NOOP("EngineWords", "R: retry the missing labels   S: skip (stays an exception)"),
    QT_TRANSLATE_NOOP("EngineWords", "Ready for the next booking."),
    QT_TRANSLATE_NOOP("EngineWords", "Ready."),
    QT_TRANSLATE_NOOP("EngineWords", "Say why the label is reprinted."),
    QT_TRANSLATE_NOOP("EngineWords", "Say why the shipment is voided."),
    QT_TRANSLATE_NOOP("EngineWords", "Scan an order, shipment or tracking barcode."),
    QT_TRANSLATE_NOOP("EngineWords", "Scan the next parcel."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Scan the next parcel. For another part of a split order: Enter twice."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Sent; the receipt printer cannot confirm it printed."),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO did not book it."),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO queued the location's consignments."),
    QT_TRANSLATE_NOOP("EngineWords", "That label is not part of this booking."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "The labels from SortedPRO do not match this shipment; nothing was printed."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "The shipment for this quote is no longer open; scan it again."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "There are no parcels to confirm now."),
    QT_TRANSLATE_NOOP("EngineWords", "There is no booking in progress."),
    QT_TRANSLATE_NOOP("EngineWords", "There is no failed label print to retry."),
    QT_TRANSLATE_NOOP("EngineWords", "There is no failed print to retry."),
    QT_TRANSLATE_NOOP("EngineWords", "There is no order to pack now."),
    QT_TRANSLATE_NOOP("EngineWords", "There is no receipt to print."),
    QT_TRANSLATE_NOOP("EngineWords", "Try again, or press Esc to leave the booking."),
    QT_TRANSLATE_NOOP("EngineWords", "Try again, or press Esc to leave this pack."),
    QT_TRANSLATE_NOOP("EngineWords", "Try the other kind of offer, or check the weight and size."),
    QT_TRANSLATE_NOOP("EngineWords", "Unknown code."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Weigh the parcel and choose the box size, then press Enter for fresh quotes.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Weigh the parcel, choose the box size, then press Enter."),
    QT_TRANSLATE_NOOP("EngineWords", "allocated but no label printed"),
    QT_TRANSLATE_NOOP("EngineWords", "label sent but the printer never confirmed it"),
    QT_TRANSLATE_NOOP("EngineWords", "manifest sent, no answer came back"),
    QT_TRANSLATE_NOOP("EngineWords", "not allocated to a carrier yet"),
    QT_TRANSLATE_NOOP("EngineWords", "printed, now marked ready to ship"),
    QT_TRANSLATE_NOOP("EngineWords", "some labels not printed"),
)
"""Sentences the engine says word for word."""

TEMPLATES = (
    QT_TRANSLATE_NOOP("EngineWords", "%1 %2"),
    QT_TRANSLATE_NOOP("EngineWords", "%1 %2 expired at %3; here are fresh prices."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 %2 no longer quotes for %3."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 %2 now costs %3 (was %4); confirm with the customer and choose again."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 %2 to %3: let the customer choose."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 (%2)."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 Check which labels came out."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 Not printed: label %2."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 Not printed: labels %2."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 Some labels may have printed — check before reprinting."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "%1 SortedPRO could not say whether it was packed before (%2): check that it is "
        "not packed already.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "%1 SortedPRO does not show it manifested yet, but it may still be doing it. %2",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 SortedPRO shows it is not manifested, so it is safe to send again. %2"
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "%1 The job was sent, but whether it printed is unknown — check before reprinting.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 The printer may still print the held labels when the fault is cleared."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 Which labels came out is unknown: check before printing again."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "%1 already exists for this booking, so only a quote can book it now; choose one, "
        "or press Esc to leave the booking.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 already has its carrier service; it was not booked again."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 and %2"),
    QT_TRANSLATE_NOOP("EngineWords", "%1 codes arrived at once (%2). Scan one code at a time."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 could not be allocated: %2"),
    QT_TRANSLATE_NOOP("EngineWords", "%1 could not be booked with that service: %2"),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "%1 did not print: the %2 reports %3. Fix that, then print the missing labels again.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 for %2"),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is CANCELLED. Do not ship this parcel."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 is a return coming back, not a parcel to send. Do not ship it."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is already being handled; wait for it to finish."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is already done."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 is already manifested to %2: it cannot be voided at the bench."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is already manifested to the carrier."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 is already manifested to the carrier: it cannot be voided at the bench."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is booked with %2; its labels are not printed yet."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is booked; its labels are not printed yet."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is cancelled: do not use its label."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is not a code this station knows how to look up."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is voided. Destroy its label(s) now."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 is voided: do not use its label."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 labels"),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 looks like a SortedPRO reference but is not complete (XX-XXX-XXX-XXX)."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 needs its parcels confirmed before booking a carrier."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "%1 only matches cancelled shipments or returns. Do not ship it."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 parcels"),
    QT_TRANSLATE_NOOP("EngineWords", "%1 shipments match %2."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "%1 was already created for the booking in progress; finish it or press Esc to "
        "leave it before starting another.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1 was already packed and printed this shift."),
    QT_TRANSLATE_NOOP("EngineWords", "%1 was not printed: %2"),
    QT_TRANSLATE_NOOP("EngineWords", "%1, %2"),
    QT_TRANSLATE_NOOP("EngineWords", "%1."),
    QT_TRANSLATE_NOOP("EngineWords", "%1: did not happen"),
    QT_TRANSLATE_NOOP("EngineWords", "%1: did not happen; %2 exists but has no carrier yet"),
    QT_TRANSLATE_NOOP("EngineWords", "%1: done at PRO as %2"),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "%1: not at SortedPRO yet, but the station stopped while the call was on its way, "
        "and it may still go through",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "%1: still unknown (%2)"),
    QT_TRANSLATE_NOOP("EngineWords", "%1: the HS code must have 6 to 10 digits."),
    QT_TRANSLATE_NOOP("EngineWords", "%1: the country of origin must be a two-letter code."),
    QT_TRANSLATE_NOOP("EngineWords", "%1: the description is missing."),
    QT_TRANSLATE_NOOP("EngineWords", "%1: the quantity must be at least 1."),
    QT_TRANSLATE_NOOP("EngineWords", "%1: the value cannot be negative."),
    QT_TRANSLATE_NOOP("EngineWords", "%1: the weight must be more than 0 kg."),
    QT_TRANSLATE_NOOP("EngineWords", "1 label"),
    QT_TRANSLATE_NOOP("EngineWords", "1 parcel"),
    QT_TRANSLATE_NOOP("EngineWords", "Add at least one parcel."),
    QT_TRANSLATE_NOOP("EngineWords", "CUPS queue %1"),
    QT_TRANSLATE_NOOP("EngineWords", "Cannot reach SortedPRO at %1: check the network connection."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Check it in SortedPRO, then press Retry failed (or close the shift again)."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Check the form: %1 thing(s) to fix."),
    QT_TRANSLATE_NOOP("EngineWords", "Choose a service for %1 (%2 parcel(s))."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Contact: give a phone number or an e-mail for the carrier's messages."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Contact: the e-mail address does not look right."),
    QT_TRANSLATE_NOOP("EngineWords", "Contact: the name is missing."),
    QT_TRANSLATE_NOOP("EngineWords", "Contact: the phone number must have 7 to 15 digits."),
    QT_TRANSLATE_NOOP("EngineWords", "Customs documents could not be fetched: %1"),
    QT_TRANSLATE_NOOP("EngineWords", "Customs: a parcel to %1 needs a customs declaration."),
    QT_TRANSLATE_NOOP("EngineWords", "Customs: name the person who signs the declaration."),
    QT_TRANSLATE_NOOP("EngineWords", "Destination: %1 is missing."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Destination: the country must be a two-letter code such as GB or FR."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "International shipment: no document printer is set up for customs papers."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "It has the shape of a tracking number, but its check digit is wrong."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Label %1"),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Label %1 carries no barcode with this shipment's tracking number."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Labels %1"),
    QT_TRANSLATE_NOOP("EngineWords", "Labels %1-%2"),
    QT_TRANSLATE_NOOP("EngineWords", "Left %1 as it is (%2)."),
    QT_TRANSLATE_NOOP("EngineWords", "Left %1 as it is."),
    QT_TRANSLATE_NOOP("EngineWords", "No carrier service can take %1 as it is."),
    QT_TRANSLATE_NOOP("EngineWords", "No shipment found for %1."),
    QT_TRANSLATE_NOOP("EngineWords", "No shipment found for %1. %2"),
    QT_TRANSLATE_NOOP("EngineWords", "Not booked: %1 Choose another."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Not marked ready to ship (%1); closing the shift will retry."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Not marked ready to ship yet (%1); closing will retry."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Nothing was printed: the %1 is not answering (no reply to a status query within "
        "%2 s). Check it is on and free, then print again.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Nothing was printed: the %1 reports %2. Fix that, then print again."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Nothing was scanned."),
    QT_TRANSLATE_NOOP("EngineWords", "Order %1 is packed into %2, not booked with a carrier yet."),
    QT_TRANSLATE_NOOP("EngineWords", "Order %1 is packed into %2."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Order %1 was packed before, into %2. Press Enter again to pack another "
        "consignment from it.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Order %1 was packed before, into %2: packing it again buys another label."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Order %1: %2 line(s) to pack."),
    QT_TRANSLATE_NOOP("EngineWords", "Parcel %1, item %2"),
    QT_TRANSLATE_NOOP("EngineWords", "Parcel %1: list its contents for customs."),
    QT_TRANSLATE_NOOP("EngineWords", "Parcel %1: say what is in it (description)."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Parcel %1: the contents add up to %2 %3 but %4 is declared; they must agree on "
        "the customs forms.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Parcel %1: the contents weigh %2 kg, more than the parcel (%3 kg)."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Parcel %1: the currency must be a code such as GBP or EUR."),
    QT_TRANSLATE_NOOP("EngineWords", "Parcel %1: the declared value cannot be negative."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Press Retry failed (or close the shift again) when SortedPRO is back."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Press Retry failed in a moment (or close the shift again): it is checked at "
        "SortedPRO before it is sent again, so it will not be manifested twice.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Printed %1 labels for %2"),
    QT_TRANSLATE_NOOP("EngineWords", "Printed %1 on the %2."),
    QT_TRANSLATE_NOOP("EngineWords", "Printed 1 label for %1"),
    QT_TRANSLATE_NOOP("EngineWords", "Printer problem: %1"),
    QT_TRANSLATE_NOOP("EngineWords", "Reprinted %1 labels for %2."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Reprinted %1 labels for %2: sent, but the printer cannot confirm it printed.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Reprinted 1 label for %1."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Reprinted 1 label for %1: sent, but the printer cannot confirm it printed."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Scan %1 (or its order) to allocate it and print its label."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Scan %1 again to go on with %2; it will not be packed twice."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Scan %1 again to print its labels; it will not be booked twice."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Scan %1 again."),
    QT_TRANSLATE_NOOP("EngineWords", "Scan %1 to allocate it and print its label."),
    QT_TRANSLATE_NOOP("EngineWords", "Scan %1 to print its label."),
    QT_TRANSLATE_NOOP("EngineWords", "Scan %1, then reprint the missing labels."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Sent %1 labels for %2, but this printer cannot confirm they printed: check the "
        "label is on the box",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Sent %1 labels for %2, not confirmed printed: %3"),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Sent %1 to the %2; ESC/POS printers cannot report whether they printed — check "
        "that they came out.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Sent %1 to the %2; it cannot report whether they printed — check that they came out.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Sent %1, but the %2 did not answer the status query afterwards — check that the "
        "labels came out.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "Sent %1; after %2 s the %3 still holds %4 label(s) — check the printer."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Sent 1 label for %1, but this printer cannot confirm they printed: check the "
        "label is on the box",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Sent 1 label for %1, not confirmed printed: %2"),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Sent to SortedPRO just before the station stopped; SortedPRO does not show it "
        "manifested yet, but it may still be doing it. Press Retry failed in a minute (or "
        "close the shift again): it is checked at SortedPRO before it is sent again, so "
        "it will not be manifested twice.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO at %1 did not answer the connection in time."),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO at %1 took too long to answer."),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO did not manifest it: %1 %2"),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO does not know this reference."),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO does not know this reference: %1"),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO is busy and asked the station to slow down."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "SortedPRO is busy and asked the station to slow down. Try again in %1 s."
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords", "SortedPRO is still busy with %1 (%2); scan it again in a minute."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO is unavailable at the moment."),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO is unavailable at the moment: %1"),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO offers no %1 for this parcel to %2."),
    QT_TRANSLATE_NOOP("EngineWords", "SortedPRO sent %1 for %2."),
    QT_TRANSLATE_NOOP("EngineWords", "The %1 reports %2 after the job; check the last label."),
    QT_TRANSLATE_NOOP(
        "EngineWords", "The connection to SortedPRO at %1 was lost before it answered."
    ),
    QT_TRANSLATE_NOOP("EngineWords", "The customer's reference is longer than %1 characters."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "The labels of %1 were printed before, by another bench or in an earlier shift: "
        "check the parcel for its label.",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "The receipt was not printed: %1"),
    QT_TRANSLATE_NOOP("EngineWords", "There is no choice %1 here."),
    QT_TRANSLATE_NOOP("EngineWords", "There is no label %1 here."),
    QT_TRANSLATE_NOOP("EngineWords", "This offer expired at %1; ask again."),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "This scan is %1 characters long, too long for a code. Scan one barcode at a time.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Wait a minute, then scan %1 again: SortedPRO is asked first, so it is not booked twice.",
    ),
    QT_TRANSLATE_NOOP(
        "EngineWords",
        "Whether it was manifested is not known yet: SortedPRO could not be asked (%1). %2",
    ),
    QT_TRANSLATE_NOOP("EngineWords", "Windows printer %1"),
    QT_TRANSLATE_NOOP("EngineWords", "allocate"),
    QT_TRANSLATE_NOOP("EngineWords", "allocated but never printed"),
    QT_TRANSLATE_NOOP("EngineWords", "connected, but it does not answer status queries"),
    QT_TRANSLATE_NOOP("EngineWords", "create consignment"),
    QT_TRANSLATE_NOOP("EngineWords", "delivery option(s)"),
    QT_TRANSLATE_NOOP("EngineWords", "folder %1"),
    QT_TRANSLATE_NOOP("EngineWords", "its cut-off"),
    QT_TRANSLATE_NOOP("EngineWords", "label %1"),
    QT_TRANSLATE_NOOP("EngineWords", "label printing failed"),
    QT_TRANSLATE_NOOP("EngineWords", "label sent but never confirmed printed"),
    QT_TRANSLATE_NOOP("EngineWords", "label(s) %1 not printed"),
    QT_TRANSLATE_NOOP("EngineWords", "labels %1"),
    QT_TRANSLATE_NOOP("EngineWords", "labels %1-%2"),
    QT_TRANSLATE_NOOP("EngineWords", "manifest failed: %1"),
    QT_TRANSLATE_NOOP("EngineWords", "never allocated"),
    QT_TRANSLATE_NOOP("EngineWords", "no answer"),
    QT_TRANSLATE_NOOP(
        "EngineWords", "no status: ESC/POS printers cannot report whether they are ready"
    ),
    QT_TRANSLATE_NOOP("EngineWords", "not reachable: %1"),
    QT_TRANSLATE_NOOP("EngineWords", "not ready: %1"),
    QT_TRANSLATE_NOOP("EngineWords", "pack order"),
    QT_TRANSLATE_NOOP("EngineWords", "paper is out"),
    QT_TRANSLATE_NOOP("EngineWords", "pickup option(s)"),
    QT_TRANSLATE_NOOP("EngineWords", "print head is open"),
    QT_TRANSLATE_NOOP("EngineWords", "print head is too cold"),
    QT_TRANSLATE_NOOP("EngineWords", "print head is too hot"),
    QT_TRANSLATE_NOOP("EngineWords", "printed, but SortedPRO shows it %1"),
    QT_TRANSLATE_NOOP("EngineWords", "printed, not yet marked ready to ship (%1)"),
    QT_TRANSLATE_NOOP("EngineWords", "printer at %1"),
    QT_TRANSLATE_NOOP("EngineWords", "printer is paused"),
    QT_TRANSLATE_NOOP("EngineWords", "printer memory lost its configuration"),
    QT_TRANSLATE_NOOP("EngineWords", "printer on %1"),
    QT_TRANSLATE_NOOP("EngineWords", "quote(s)"),
    QT_TRANSLATE_NOOP("EngineWords", "ready"),
    QT_TRANSLATE_NOOP("EngineWords", "ready, %1 label(s) waiting"),
    QT_TRANSLATE_NOOP("EngineWords", "receive buffer is full"),
    QT_TRANSLATE_NOOP("EngineWords", "ribbon is out"),
    QT_TRANSLATE_NOOP("EngineWords", "select option"),
    QT_TRANSLATE_NOOP("EngineWords", "the addressee's name"),
    QT_TRANSLATE_NOOP("EngineWords", "the first address line"),
    QT_TRANSLATE_NOOP("EngineWords", "the postcode"),
    QT_TRANSLATE_NOOP("EngineWords", "the town"),
)
"""Templates of the engine's :class:`Sentence` values."""


def shown(text: str) -> str:
    """Return what the engine said, in the window's language where a translation exists."""
    if isinstance(text, Trimmed):
        return shown(text.values[0]).rstrip(". ")
    if isinstance(text, Sentence):
        values = [shown(value) if isinstance(value, Sentence) else value for value in text.values]
        return fill(QCoreApplication.translate(CONTEXT, text.template), values)
    return QCoreApplication.translate(CONTEXT, text)
