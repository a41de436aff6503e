"""PlanningNow documents: upload form, document records, list, folder tree, delete result."""

from pydantic import BaseModel, Field

from generator.describe import optional, schema_config
from specs.planningnow.models import DateString

# --- upload (multipart/form-data) ------------------------------------------------------------


class DocumentUpload(BaseModel):
    """The multipart/form-data fields of a document upload (lines 384-389).

    Only `folder_id` is marked optional in the document; the other fields are listed without
    that mark and are therefore required.
    """

    model_config = schema_config(lines=(379, 389))

    file: bytes = Field(description="The binary file data.")
    area: str = Field(
        description="Area the document belongs to, e.g. `order`; with `number` it selects the "
        "document folder the file is stored in."
    )
    number: str = Field(
        description="Number of the record in that area, e.g. `4711` (sent as a string)."
    )
    external: bool = Field(description="Whether the document is external (the example: false).")
    folder_id: int = optional("ID of the folder to store the document in (optional).")


# --- document record -------------------------------------------------------------------------


class Document(BaseModel):
    """A stored document as the upload and list responses return it."""

    model_config = schema_config(lines=(393, 406))

    id: int = Field(description="Unique ID of the document.")
    area: str = optional("Area the document belongs to, e.g. `order`.")
    number: str = optional("Number of the record in that area, e.g. `4711` (a string).")
    filename: str = optional("File name without extension, e.g. `technical-drawing`.")
    filetype: str = optional("File extension, e.g. `pdf`.")
    full_path: str = optional(
        "Full path of the stored file, e.g. `/Dokutasche/order/4711/technical-drawing.pdf`."
    )
    creator: str = optional("User who uploaded the document.")
    creation_date: DateString = optional("Creation date, `YYYY-MM-DD`.")
    do_print: bool = optional("Whether the document is to be printed.")
    external: bool = optional("Whether the document is external.")
    folder_id: int = optional("ID of the folder that holds the document.")
    mimetype: str = optional("MIME type of the file, e.g. `application/pdf`.")


class DocumentUploadResult(BaseModel):
    """Response of a successful upload (201 Created)."""

    model_config = schema_config(lines=(391, 408))

    success: bool = Field(description="Whether the upload succeeded (true).")
    document: Document = Field(description="The stored document.")
    status_code: int = Field(description="The HTTP status code repeated in the body (201).")


class DocumentList(BaseModel):
    """Response of the document list."""

    model_config = schema_config(lines=(412, 446))

    success: bool = Field(description="Whether the request succeeded (true).")
    documents: list[Document] = Field(description="The documents matching the filters.")
    count: int = Field(description="Number of documents returned.")
    status_code: int = Field(description="The HTTP status code repeated in the body (200).")


# --- folder tree -----------------------------------------------------------------------------


class Folder(BaseModel):
    """A folder of the document tree; folders nest through `children` (recursive)."""

    model_config = schema_config(lines=(452, 473))

    id: int = Field(description="Unique ID of the folder.")
    name: str = optional("Name of the folder, e.g. `Alle` (the root) or `Contracts`.")
    area: str = optional("Area the folder belongs to, e.g. `order`.")
    parent_id: int | None = optional("ID of the parent folder; `null` for a root folder.")
    children: list["Folder"] = optional("Sub-folders, with the same structure (may be empty).")


class FolderStructure(BaseModel):
    """Response of the folder structure request."""

    model_config = schema_config(lines=(450, 476))

    tree: list[Folder] = Field(description="The root folders, each with its sub-folders.")
    status_code: int = Field(description="The HTTP status code repeated in the body (200).")


# --- delete ----------------------------------------------------------------------------------


class DocumentDeleted(BaseModel):
    """Response of a successful document delete (200 OK with a body)."""

    model_config = schema_config(lines=(479, 483))

    success: bool = Field(description="Whether the deletion succeeded (true).")
    message: str = Field(description="Confirmation message, e.g. `Document deleted successfully`.")
    status_code: int = Field(description="The HTTP status code repeated in the body (200).")
