"""Request bodies as dicts: a ``TypedDict`` per body model, keyed by the vendor's field names.

A method that takes a body accepts the model (built with the vendor's field names as keywords,
see ``models``) or a dict in the vendor's names, as the document prints them and as they go on
the wire. Typed with these dicts, the keys complete in an IDE and a misspelt or unknown key
fails the type check; a nested model is the model or its dict, an enum its enum class.
"""

from __future__ import annotations

from typing import Required, TypedDict

from .models import (
    OfferCreatePosition,
    OfferUpdatePosition,
    OfferUpdateTask,
    OrderCreatePosition,
    OrderUpdatePosition,
    OrderUpdateTask,
    WorkScheduleCreatePosition,
)

__all__: list[str] = [
    "CostCentreCreateDict",
    "CostCentreUpdateDict",
    "DocumentUploadDict",
    "OfferCreateDict",
    "OfferCreatePositionDict",
    "OfferUpdateDict",
    "OfferUpdatePositionDict",
    "OfferUpdateTaskDict",
    "OrderCreateDict",
    "OrderCreatePositionDict",
    "OrderUpdateDict",
    "OrderUpdatePositionDict",
    "OrderUpdateTaskDict",
    "WorkScheduleCreateDict",
    "WorkScheduleCreatePositionDict",
    "WorkScheduleUpdateDict",
]


class CostCentreCreateDict(TypedDict, total=False):
    """``CostCentreCreate`` as a dict, in the vendor's field names."""

    name: str
    type: int
    "A number; the example sends 2 (meanings not documented)."


class CostCentreUpdateDict(TypedDict, total=False):
    """``CostCentreUpdate`` as a dict, in the vendor's field names."""

    kalk_min_kosten: str
    "Spelled `kalk_min_kosten` here but `kalkMinKosten` in responses."


class DocumentUploadDict(TypedDict, total=False):
    """``DocumentUpload`` as a dict, in the vendor's field names."""

    file: Required[bytes]
    "The binary file data."
    area: Required[str]
    'With `number`, where in the document folder structure the file is stored (lines 381-382); the example sends `"order"`.'
    number: Required[str]
    'With `area`, where in the document folder structure the file is stored (lines 381-382); the example sends `"4711"`, a string.'
    external: Required[bool]
    "The example sends `false` (line 388)."
    folder_id: int
    "Optional (line 389); the example sends 5."


class OfferCreateDict(TypedDict, total=False):
    """``OfferCreate`` as a dict, in the vendor's field names."""

    offer_date: str
    customer_no: int
    project_no: str
    lead_text: str
    delivery_date: str
    pay_term_text: str
    positions: list[OfferCreatePosition | OfferCreatePositionDict]
    "The positions of the new offer."


class OfferCreatePositionDict(TypedDict, total=False):
    """``OfferCreatePosition`` as a dict, in the vendor's field names."""

    pos_no: int
    article_number: str
    article_desc: str
    amount: str
    unit: str
    unit_price: str
    remarks: str


class OfferUpdateDict(TypedDict, total=False):
    """``OfferUpdate`` as a dict, in the vendor's field names."""

    lead_text: str
    delivery_date: str
    info: str
    offer_date: str
    employee_no: int
    zu_haenden: str
    customer_no: int
    project_no: str
    followup_text: str
    date_desired: str
    netto: str
    ges_netto: str
    ges_rabatt: str
    pay_term_id: int
    pay_term_text: str
    positions: list[OfferUpdatePosition | OfferUpdatePositionDict]
    "Positions to change (line 252: their fields can be updated)."


class OfferUpdatePositionDict(TypedDict, total=False):
    """``OfferUpdatePosition`` as a dict, in the vendor's field names."""

    id: int
    pos_no: int
    article_number: str
    article_desc: str
    amount: str
    unit: str
    unit_price: str
    discount: str
    unit_price_disc: str
    netto: str
    deliv_date: str
    mwst_percent: str
    brutto: str
    remarks: str
    tasks: list[OfferUpdateTask | OfferUpdateTaskDict]


class OfferUpdateTaskDict(TypedDict, total=False):
    """``OfferUpdateTask`` as a dict, in the vendor's field names."""

    id: int
    kalk_id: int
    kalk_type: int
    cost_centre_name: str
    activity_name: str
    min_ruest: str
    min_wage: str
    min_masch: str


class OrderCreateDict(TypedDict, total=False):
    """``OrderCreate`` as a dict, in the vendor's field names."""

    o_conf_date: str
    customer_no: int
    project_no: str
    subject: str
    delivery_date: str
    positions: list[OrderCreatePosition | OrderCreatePositionDict]
    "The positions of the new order."


class OrderCreatePositionDict(TypedDict, total=False):
    """``OrderCreatePosition`` as a dict, in the vendor's field names."""

    pos_no: int
    article_number: str
    article_desc: str
    amount: str
    unit: str
    unit_price: str
    remarks: str


class OrderUpdateDict(TypedDict, total=False):
    """``OrderUpdate`` as a dict, in the vendor's field names."""

    subject: str
    delivery_date: str
    short_info: str
    o_conf_date: str
    employee_no: int
    zuHaenden: str
    addressfield_1: str
    customer_no: int
    project_no: str
    netto: str
    ges_netto: str
    ges_rabatt: str
    pay_term_id: int
    pay_term_text: str
    positions: list[OrderUpdatePosition | OrderUpdatePositionDict]
    "Positions to change (line 131: their fields can be updated)."


class OrderUpdatePositionDict(TypedDict, total=False):
    """``OrderUpdatePosition`` as a dict, in the vendor's field names."""

    id: int
    pos_no: int
    article_number: str
    article_desc: str
    amount: str
    unit: str
    unit_price: str
    discount: str
    unit_price_disc: str
    netto: str
    deliv_date: str
    mwst_percent: str
    brutto: str
    remarks: str
    tasks: list[OrderUpdateTask | OrderUpdateTaskDict]


class OrderUpdateTaskDict(TypedDict, total=False):
    """``OrderUpdateTask`` as a dict, in the vendor's field names."""

    id: int
    kalk_id: int
    kalk_type: int
    cost_centre_name: str
    activity_name: str
    min_ruest: str
    min_wage: str
    min_masch: str
    production_start: str
    production_end: str


class WorkScheduleCreateDict(TypedDict, total=False):
    """``WorkScheduleCreate`` as a dict, in the vendor's field names."""

    name: str
    los_stueck: int
    wage_factor: float
    positions: list[WorkScheduleCreatePosition | WorkScheduleCreatePositionDict]
    "The positions of the new work schedule."


class WorkScheduleCreatePositionDict(TypedDict, total=False):
    """``WorkScheduleCreatePosition`` as a dict, in the vendor's field names."""

    pos: int
    activity_name: str
    min_wage: str


class WorkScheduleUpdateDict(TypedDict, total=False):
    """``WorkScheduleUpdate`` as a dict, in the vendor's field names."""

    name: str
