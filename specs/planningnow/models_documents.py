"""PlanningNow documents: upload form, document records, list, folder tree, delete result."""

from pydantic import BaseModel, Field

from generator.describe import Quirk, field_extras, optional, schema_config
from specs.planningnow.models import DateString, shown

# --- upload (multipart/form-data) ------------------------------------------------------------


class DocumentUpload(BaseModel):
    """The multipart/form-data fields of a document upload (lines 384-389).

    Only `folder_id` is marked optional in the document; the other fields are listed without
    that mark and are therefore required.
    """

    model_config = schema_config(lines=(379, 389), extra="forbid")

    file: bytes = Field(description="The binary file data.")
    area: str = Field(
        description="With `number`, where in the document folder structure the file is stored "
        '(lines 381-382); the example sends `"order"`.'
    )
    number: str = Field(
        description="With `area`, where in the document folder structure the file is stored "
        '(lines 381-382); the example sends `"4711"`, a string.'
    )
    external: bool = Field(description="The example sends `false` (line 388).")
    folder_id: int = optional("Optional (line 389); the example sends 5.")


# --- document record -------------------------------------------------------------------------


class Document(BaseModel):
    """A stored document as the upload and list responses return it."""

    model_config = schema_config(lines=(393, 406))

    id: int = Field(description="ID of the document.")
    area: str = optional("The area given at upload (lines 381-382).")
    number: str = optional("The number given at upload (lines 381-382), a string.")
    filename: str = shown()
    filetype: str = shown()
    full_path: str = shown()
    creator: str = shown(
        json_schema_extra=field_extras(
            quirks=[
                Quirk(
                    lines=(400, 422),
                    text=(
                        "Document 42 (order 4711, technical-drawing.pdf) has `creator` "
                        '`"api_user"` in the upload response (line 400) but `"admin"` in the '
                        "document list (line 422)."
                    ),
                )
            ]
        )
    )
    creation_date: DateString = shown()
    do_print: bool = shown()
    external: bool = shown()
    folder_id: int = shown()
    mimetype: str = shown()


class DocumentUploadResult(BaseModel):
    """Response of a successful upload (201 Created)."""

    model_config = schema_config(lines=(391, 408))

    success: bool = Field(description="`true` in the example (line 392).")
    document: Document = Field(description="The stored document.")
    status_code: int = Field(
        description="The HTTP status code, repeated in the body (the example: 201)."
    )


class DocumentList(BaseModel):
    """Response of the document list."""

    model_config = schema_config(lines=(412, 446))

    success: bool = Field(description="`true` in the example (line 413).")
    documents: list[Document] = Field(description="The documents matching the filters.")
    count: int = Field(description="The example shows 2 with two documents (line 444).")
    status_code: int = Field(
        description="The HTTP status code, repeated in the body (the example: 200)."
    )


# --- folder tree -----------------------------------------------------------------------------


class Folder(BaseModel):
    """A folder of the document tree; folders nest through `children` (recursive)."""

    model_config = schema_config(lines=(452, 473))

    id: int = Field(description="ID of the folder.")
    name: str = optional("The example's root folder is `Alle`, its sub-folders `Contracts`, ….")
    area: str = optional("The example, filtered by `area=order` (line 448), shows `order`.")
    parent_id: int | None = optional("ID of the parent folder; `null` for a root folder.")
    children: list["Folder"] = optional("Sub-folders, with the same structure (may be empty).")


class FolderStructure(BaseModel):
    """Response of the folder structure request."""

    model_config = schema_config(lines=(450, 476))

    tree: list[Folder] = Field(description="The root folders, each with its sub-folders.")
    status_code: int = Field(
        description="The HTTP status code, repeated in the body (the example: 200)."
    )


# --- delete ----------------------------------------------------------------------------------


class DocumentDeleted(BaseModel):
    """Response of a successful document delete (200 OK with a body)."""

    model_config = schema_config(lines=(479, 483))

    success: bool = Field(description="`true` in the example (line 480).")
    message: str = Field(description="The example is `Document deleted successfully`.")
    status_code: int = Field(
        description="The HTTP status code, repeated in the body (the example: 200)."
    )
