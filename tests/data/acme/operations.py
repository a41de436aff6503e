"""Acme Widgets API: the three operations of acme.en.txt, in document order."""

from generator.describe import Example, Operation, Parameter, RequestBody, Response

from .models import Colour, NewWidget, Problem, Widget

ERROR = Response(
    status=404,
    description="No such widget.",
    model=Problem,
    lines=(11, 17),
    examples=[
        Example(
            name="not_found",
            summary="No such widget",
            lines=(13, 16),
            value={"code": 404, "message": "No such widget"},
        )
    ],
)

OPERATIONS = [
    Operation(
        method="get",
        path="/v1/widget",
        operation_id="listWidgets",
        client_method="list",
        summary="List the widgets",
        description="Lists the widgets, sorted by number.",
        tags=["Widgets"],
        lines=(23, 31),
        parameters=[
            Parameter(
                name="colour",
                location="query",
                type=Colour,
                description="Lists only the widgets of that colour.",
                lines=(24, 25),
                examples=[Example(name="red", summary="Red widgets", lines=26, value="red")],
            )
        ],
        responses=[
            Response(
                status=200,
                description="The widgets.",
                model=list[Widget],
                examples=[
                    Example(
                        name="widgets",
                        summary="Two red widgets",
                        lines=(28, 31),
                        value=[
                            {"no": "1", "name": "Sprocket", "colour": "red"},
                            {"no": "7", "name": "Flange", "colour": "red"},
                        ],
                    )
                ],
            )
        ],
    ),
    Operation(
        method="get",
        path="/v1/widget/{no}",
        operation_id="getWidget",
        client_method="get",
        summary="Find a widget",
        description="Finds the widget whose number is given.",
        tags=["Widgets"],
        lines=(33, 40),
        parameters=[
            Parameter(
                name="no",
                location="path",
                required=True,
                type=int,
                description="Number of the widget.",
                lines=(20, 21),
            )
        ],
        responses=[
            Response(
                status=200,
                description="The widget.",
                model=Widget,
                examples=[
                    Example(
                        name="widget",
                        summary="A widget",
                        lines=(36, 40),
                        value={"no": "1", "name": "Sprocket", "colour": "red"},
                    )
                ],
            ),
            ERROR,
        ],
    ),
    Operation(
        method="post",
        path="/v1/widget",
        operation_id="addWidget",
        summary="Add a widget",
        description="Adds a widget; the server picks its number.",
        tags=["Widgets"],
        lines=(42, 50),
        request_body=RequestBody(
            model=NewWidget,
            required=True,
            lines=43,
            examples=[
                Example(
                    name="gear",
                    summary="A blue gear",
                    lines=44,
                    columns=(86, 119),
                    value={"name": "Gear", "colour": "blue"},
                )
            ],
        ),
        responses=[
            Response(
                status=201,
                description="The widget added.",
                model=Widget,
                examples=[
                    Example(
                        name="gear",
                        summary="The gear added",
                        lines=(46, 50),
                        value={"no": "8", "name": "Gear", "colour": "blue"},
                    )
                ],
            )
        ],
    ),
]
