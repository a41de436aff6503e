"""The 37 JSON examples printed in planiso.en.txt, verbatim, with the lines they span.

Each `lines` range starts at the line of the opening brace and ends at the line of the
closing one; `value` equals the JSON printed there (key order kept).
"""

from generator.describe import Example

STANDARDIZED_RESPONSE = Example(
    name="standardized_response",
    summary="Example of a standardized response (introduction)",
    lines=(72, 80),
    value={
        "code": 200,
        "message": "Request processed successfully.",
        "data": {
            "no": 123,
            "name": "New resource",
            "description": "Details of the created resource.",
        },
    },
)

USER_LIST = Example(
    name="user_list",
    summary="List of users",
    lines=(173, 208),
    value={
        "code": 200,
        "message": "",
        "data": [
            {
                "no": "1",
                "aff_number": "PERS-001",
                "custom_no": "",
                "active": True,
                "username": "jdoe",
                "fullname": "John Doe",
                "email": "john.doe@example.com",
                "phone": "123-456-7890",
                "phonext": "101",
                "cellphone": "987-654-3210",
                "hired_date": "2023-06-01",
                "create_date": "2024-11-20 10:15:30",
                "last_update": "2024-11-22 15:00:00",
            },
            {
                "no": "2",
                "aff_number": "PERS-002",
                "custom_no": "CUST-202",
                "active": False,
                "username": "asmith",
                "fullname": "Alice Smith",
                "email": "alice.smith@example.com",
                "phone": "345-678-9012",
                "phonext": "203",
                "cellphone": "123-123-1234",
                "hired_date": "2024-03-15",
                "create_date": "2024-11-20 12:00:00",
                "last_update": "2024-11-22 16:45:00",
            },
        ],
    },
)

USER_FOUND = Example(
    name="user_found",
    summary="The user found",
    lines=(273, 291),
    value={
        "code": 200,
        "message": "user found",
        "data": {
            "no": "1",
            "aff_number": "PERS-001",
            "custom_no": "",
            "active": True,
            "username": "jdoe",
            "fullname": "John Doe",
            "email": "john.doe@example.com",
            "phone": "123-456-7890",
            "phonext": "101",
            "cellphone": "987-654-3210",
            "hired_date": "2023-06-01",
            "create_date": "2024-11-20 10:15:30",
            "last_update": "2024-11-22 15:00:00",
        },
    },
)

USER_CREATED = Example(
    name="user_created",
    summary="The user created",
    lines=(369, 384),
    value={
        "code": 201,
        "message": "user inserted successfully",
        "data": {
            "no": 21,
            "aff_number": "PERS-021",
            "custom_no": "EXAMPLE-01",
            "username": "usertest",
            "fullname": "Jane Doe",
            "hired_date": "2024-01-01",
            "phone": "333-333-3333",
            "phonext": "303",
            "cellphone": "555-555-5555",
            "email": "janeDoe@example.com",
        },
    },
)

USER_UPDATED = Example(
    name="user_updated",
    summary="The user updated",
    lines=(462, 477),
    value={
        "code": 200,
        "message": "User updated successfully",
        "data": {
            "custom_no": "EXAMPLE-01-UPDATE",
            "username": "usertest2",
            "fullname": "Jane Doe Edit",
            "email": "janeDoeEdit@example.com",
            "phone": "444-444-34444",
            "phonext": "404",
            "cellphone": "888-888-888",
            "hired_date": "2023-01-01",
            "last_update": "2024-11-23 19:36:53",
            "no": 21,
        },
    },
)

USER_DELETED = Example(
    name="user_deleted",
    summary="The user deleted",
    lines=(546, 550),
    value={"code": 204, "message": "user deleted successfully", "data": []},
)

CUSTOMER_LIST = Example(
    name="customer_list",
    summary="List of customers",
    lines=(618, 649),
    value={
        "code": 200,
        "message": "",
        "data": [
            {
                "no": "22",
                "aff_number": "CUST-22",
                "custom_no": "test-012",
                "active": False,
                "is_14001": False,
                "is_18001": False,
                "is_9001": False,
                "organization": {
                    "aff_number": "PART-032",
                    "no": "32",
                    "name": "Tech Innovators Inc.",
                    "adress": "56 Parcel Street",
                    "city": "Paris",
                    "province": "ÃŽle-de-France",
                    "country": "France",
                    "phone": "01-234-5678",
                    "toll_free": "",
                    "phone_extension": "",
                    "fax": "",
                    "postal_code": "75000",
                    "email": "contact@techinnovators.com",
                    "website": "https://techinnovators.com",
                    "active": True,
                },
            }
        ],
    },
)

CUSTOMER_FOUND = Example(
    name="customer_found",
    summary="The customer found",
    lines=(699, 728),
    value={
        "code": 200,
        "message": "Customer found",
        "data": {
            "no": "20",
            "aff_number": "CUST-20",
            "custom_no": "ORG-212",
            "active": True,
            "is_14001": True,
            "is_18001": False,
            "is_9001": True,
            "organization": {
                "aff_number": "PART-025",
                "no": "25",
                "name": "Test Customer Inc.",
                "adress": "456 Customer Ave 1",
                "city": "Customer City 1",
                "province": "Customer Province 1",
                "country": "Customer Country 1",
                "phone": "234-567-8901",
                "toll_free": "800-234-5678",
                "phone_extension": "202",
                "fax": "252-363-5656",
                "postal_code": "54321",
                "email": "customer@example.com",
                "website": "http://customer.com",
                "active": True,
            },
        },
    },
)

CUSTOMER_CREATED = Example(
    name="customer_created",
    summary="The customer created",
    lines=(793, 819),
    value={
        "code": 201,
        "message": "customer inserted successfully",
        "data": {
            "no": 10,
            "aff_number": "CUST-010",
            "custom_no": "CUST-0009",
            "active": True,
            "organization": {
                "no": 66,
                "aff_number": "PART-066",
                "name": "Inovatech Radio Machine Inc.",
                "adress": "456 Industry Road",
                "city": "Montreal",
                "province": "QC",
                "country": "Canada",
                "phone": "514-321-1234",
                "toll_free": "800-888-1234",
                "phone_extension": "101",
                "fax": "514-321-4321",
                "postal_code": "H3Z 2Y7",
                "website": "https://inovatechradiomachine.com",
                "email": "info@inovatechradiomachine.com",
                "active": True,
            },
        },
    },
)

CUSTOMER_UPDATED = Example(
    name="customer_updated",
    summary="The customer updated",
    lines=(874, 881),
    value={
        "code": 200,
        "message": "Customer updated successfully",
        "data": {"custom_no": "CUST-00010", "no": 10},
    },
)

CUSTOMER_DELETED = Example(
    name="customer_deleted",
    summary="The customer deleted",
    lines=(935, 939),
    value={"code": 200, "message": "Customer deleted successfully", "data": []},
)

SUPPLIER_LIST = Example(
    name="supplier_list",
    summary="List of suppliers",
    lines=(1007, 1038),
    value={
        "code": 200,
        "message": "",
        "data": [
            {
                "no": "22",
                "aff_number": "SUPP-22",
                "custom_no": "test-012",
                "active": False,
                "is_14001": False,
                "is_18001": False,
                "is_9001": False,
                "organization": {
                    "aff_number": "PART-032",
                    "no": "32",
                    "name": "Tech Innovators Inc.",
                    "adress": "56 Parcel Street",
                    "city": "Paris",
                    "province": "ÃŽle-de-France",
                    "country": "France",
                    "phone": "01-234-5678",
                    "toll_free": "",
                    "phone_extension": "",
                    "fax": "",
                    "postal_code": "75000",
                    "email": "contact@techinnovators.com",
                    "website": "https://techinnovators.com",
                    "active": True,
                },
            }
        ],
    },
)

SUPPLIER_FOUND = Example(
    name="supplier_found",
    summary="The supplier found",
    lines=(1088, 1117),
    value={
        "code": 200,
        "message": "Supplier found",
        "data": {
            "no": "20",
            "aff_number": "SUPP-20",
            "custom_no": "ORG-212",
            "active": True,
            "is_14001": True,
            "is_18001": False,
            "is_9001": True,
            "organization": {
                "aff_number": "PART-025",
                "no": "25",
                "name": "Test Supplier Inc.",
                "adress": "456 Supplier Ave 1",
                "city": "Supplier City 1",
                "province": "Supplier Province 1",
                "country": "Supplier Country 1",
                "phone": "234-567-8901",
                "toll_free": "800-234-5678",
                "phone_extension": "202",
                "fax": "252-363-5656",
                "postal_code": "54321",
                "email": "supplier@example.com",
                "website": "http://supplier.com",
                "active": True,
            },
        },
    },
)

SUPPLIER_CREATED = Example(
    name="supplier_created",
    summary="The supplier created",
    lines=(1176, 1205),
    value={
        "code": 201,
        "message": "Supplier created successfully",
        "data": {
            "no": "23",
            "aff_number": "SUPP-23",
            "custom_no": "supplier-005",
            "active": True,
            "is_14001": False,
            "is_18001": False,
            "is_9001": False,
            "organization": {
                "aff_number": "PART-040",
                "no": "40",
                "name": "Tech Solutions Inc.",
                "adress": "123 Tech Street",
                "city": "Montreal",
                "province": "QC",
                "country": "Canada",
                "phone": "514-555-1000",
                "toll_free": "800-555-1001",
                "phone_extension": "101",
                "fax": "514-555-2000",
                "postal_code": "H3Z 2Y7",
                "email": "contact@techsolutions.com",
                "website": "https://techsolutions.com",
                "active": True,
            },
        },
    },
)

SUPPLIER_UPDATED = Example(
    name="supplier_updated",
    summary="The supplier updated",
    lines=(1263, 1273),
    value={
        "code": 200,
        "message": "Supplier updated successfully",
        "data": {
            "custom_no": "supplier-edit-011",
            "is_14001": True,
            "is_18001": True,
            "is_9001": True,
            "no": 23,
        },
    },
)

SUPPLIER_DELETED = Example(
    name="supplier_deleted",
    summary="The supplier deleted",
    lines=(1325, 1329),
    value={"code": 200, "message": "Supplier deleted successfully", "data": []},
)

SUBCONTRACTOR_LIST = Example(
    name="subcontractor_list",
    summary="List of subcontractors",
    lines=(1388, 1417),
    value={
        "code": 200,
        "message": "",
        "data": [
            {
                "no": "1",
                "aff_number": "ST-001",
                "custom_no": "subcontractor-001",
                "active": True,
                "date_added": "2024-11-26 10:00:00",
                "organization": {
                    "aff_number": "PART-001",
                    "no": "1",
                    "name": "Tech Solutions Inc.",
                    "adress": "123 Tech Street",
                    "city": "Montreal",
                    "province": "QC",
                    "country": "Canada",
                    "phone": "514-555-1000",
                    "toll_free": "800-555-1001",
                    "phone_extension": "101",
                    "fax": "514-555-2000",
                    "postal_code": "H3Z 2Y7",
                    "email": "contact@techsolutions.com",
                    "website": "https://techsolutions.com",
                    "active": True,
                },
            }
        ],
    },
)

SUBCONTRACTOR_FOUND = Example(
    name="subcontractor_found",
    summary="The subcontractor found",
    lines=(1458, 1484),
    value={
        "code": 200,
        "message": "Subcontractor found",
        "data": {
            "no": "1",
            "aff_number": "ST-001",
            "custom_no": "subcontractor-001",
            "active": True,
            "organization": {
                "aff_number": "PART-001",
                "no": "1",
                "name": "Tech Solutions Inc.",
                "adress": "123 Tech Street",
                "city": "Montreal",
                "province": "QC",
                "country": "Canada",
                "phone": "514-555-1000",
                "toll_free": "800-555-1001",
                "phone_extension": "101",
                "fax": "514-555-2000",
                "postal_code": "H3Z 2Y7",
                "email": "contact@techsolutions.com",
                "website": "https://techsolutions.com",
                "active": True,
            },
        },
    },
)

SUBCONTRACTOR_CREATED = Example(
    name="subcontractor_created",
    summary="The subcontractor created",
    lines=(1531, 1556),
    value={
        "code": 201,
        "message": "subcontractor inserted successfully",
        "data": {
            "no": 7,
            "aff_number": "ST-007",
            "custom_no": "subcontractor-005",
            "organization": {
                "aff_number": "PART-039",
                "no": "39",
                "name": "Tech Solutions Inc.",
                "adress": "123 Tech Street",
                "city": "Montreal",
                "province": "QC",
                "country": "Canada",
                "phone": "514-555-1000",
                "toll_free": "800-555-1001",
                "phone_extension": "101",
                "fax": "514-555-2000",
                "postal_code": "H3Z 2Y7",
                "email": "contact@techsolutions.com",
                "website": "https://techsolutions.com",
                "active": "1",
            },
        },
    },
)

SUBCONTRACTOR_UPDATED = Example(
    name="subcontractor_updated",
    summary="The subcontractor updated",
    lines=(1602, 1609),
    value={
        "code": 200,
        "message": "Subcontractor updated successfully",
        "data": {"custom_no": "subcontractor-006", "no": 20},
    },
)

SUBCONTRACTOR_DELETED = Example(
    name="subcontractor_deleted",
    summary="The subcontractor deleted",
    lines=(1654, 1658),
    value={"code": 200, "message": "Subcontractor deleted successfully", "data": []},
)

ORGANIZATION_LIST = Example(
    name="organization_list",
    summary="List of organizations",
    lines=(1735, 1757),
    value={
        "code": 200,
        "message": "",
        "data": [
            {
                "no": "36",
                "aff_number": "PART-036",
                "name": "Central Supermarket",
                "adress": "123 Merchants Boulevard",
                "city": "Quebec",
                "province": "QC",
                "country": "Canada",
                "phone": "418-123-4567",
                "toll_free": "800-555-1234",
                "phone_extension": "101",
                "fax": "418-123-9876",
                "postal_code": "G1A1A1",
                "email": "contact@supercentral.ca",
                "website": "https://supercentral.ca",
                "active": True,
            }
        ],
    },
)

ORGANIZATION_FOUND = Example(
    name="organization_found",
    summary="The organization found",
    lines=(1816, 1836),
    value={
        "code": 200,
        "message": "Organization found",
        "data": {
            "aff_number": "PART-036",
            "no": "36",
            "name": "Central Supermarket",
            "adress": "123 Merchants Boulevard",
            "city": "Quebec",
            "province": "QC",
            "country": "Canada",
            "phone": "418-123-4567",
            "toll_free": "800-555-1234",
            "phone_extension": "101",
            "fax": "418-123-9876",
            "postal_code": "G1A1A1",
            "email": "contact@supercentral.ca",
            "website": "https://supercentral.ca",
            "active": True,
        },
    },
)

ORGANIZATION_CREATED = Example(
    name="organization_created",
    summary="The organization created",
    lines=(1908, 1928),
    value={
        "code": 201,
        "message": "Organization inserted successfully",
        "data": {
            "aff_number": "PART-038",
            "no": "37",
            "name": "Super Central Inc.",
            "adress": "450 Lights Avenue",
            "city": "Montreal",
            "province": "QC",
            "country": "Canada",
            "phone": "514-555-1234",
            "toll_free": "1-800-555-9000",
            "phone_extension": "202",
            "fax": "514-555-5678",
            "postal_code": "H2Y3Y3",
            "email": "info@supercentral.ca",
            "website": "https://supercentral.ca",
            "active": True,
        },
    },
)

ORGANIZATION_UPDATED = Example(
    name="organization_updated",
    summary="The organization updated",
    lines=(2002, 2022),
    value={
        "code": 200,
        "message": "Organization updated successfully",
        "data": {
            "aff_number": "PART-038",
            "no": "37",
            "name": "Super Central Music Inc.",
            "adress": "450 Arcs en Lights Avenue",
            "city": "South Montreal",
            "province": "QC",
            "country": "Canada",
            "phone": "514-555-1234",
            "toll_free": "1-800-555-9000",
            "phone_extension": "202",
            "fax": "514-555-5678",
            "postal_code": "H2Y3Y3",
            "email": "info@supercentral.ca",
            "website": "https://supercentral.ca",
            "active": True,
        },
    },
)

ORGANIZATION_DELETED = Example(
    name="organization_deleted",
    summary="The organization deleted",
    lines=(2087, 2091),
    value={"code": 200, "message": "Organization deleted successfully", "data": []},
)

PROJECT_LIST = Example(
    name="project_list",
    summary="List of projects",
    lines=(2159, 2214),
    value={
        "code": 200,
        "message": "",
        "data": [
            {
                "no": "1",
                "aff_number": "PROJ-001",
                "custom_no": "PR-0001",
                "name": "Sports Center Construction",
                "location": "Montreal",
                "start_date": "2024-01-10",
                "end_date": "2024-12-15",
                "active": True,
            },
            {
                "no": "2",
                "aff_number": "PROJ-002",
                "custom_no": "PR-0002",
                "name": "High School Renovation",
                "location": "Quebec",
                "start_date": "2024-02-01",
                "end_date": "2024-06-30",
                "active": True,
            },
            {
                "no": "3",
                "aff_number": "PROJ-003",
                "custom_no": "PR-0003",
                "name": "Residential Area Development",
                "location": "Laval",
                "start_date": "2024-03-15",
                "end_date": None,
                "active": True,
            },
            {
                "no": "4",
                "aff_number": "PROJ-004",
                "custom_no": None,
                "name": "Highway Bridge Rehabilitation",
                "location": "Trois-Rivieres",
                "start_date": "2024-04-01",
                "end_date": "2024-09-01",
                "active": True,
            },
            {
                "no": "5",
                "aff_number": "PROJ-005",
                "custom_no": None,
                "name": "Urban Park Development",
                "location": "Sherbrooke",
                "start_date": "2024-05-20",
                "end_date": "2024-11-30",
                "active": True,
            },
        ],
    },
)

PROJECT_FOUND = Example(
    name="project_found",
    summary="The project found",
    lines=(2264, 2277),
    value={
        "code": 200,
        "message": "Project found",
        "data": {
            "no": "8",
            "aff_number": "PROJ-008",
            "custom_no": "PR-0008",
            "name": "Concert Hall Construction",
            "location": "Gatineau",
            "start_date": "2024-06-15",
            "end_date": "2024-12-01",
            "active": True,
        },
    },
)

PROJECT_CREATED = Example(
    name="project_created",
    summary="The project created",
    lines=(2334, 2347),
    value={
        "code": 201,
        "message": "Project inserted successfully",
        "data": {
            "no": 37,
            "aff_number": "PROJ-037",
            "custom_no": "PR_102",
            "name": "Software Development",
            "location": "Montreal",
            "start_date": "2024-01-10",
            "end_date": "2027-08-02",
            "active": True,
        },
    },
)

PROJECT_UPDATED = Example(
    name="project_updated",
    summary="The project updated",
    lines=(2406, 2419),
    value={
        "code": 200,
        "message": "Project updated successfully",
        "data": {
            "custom_no": "PR_103",
            "name": "Software Development Beta",
            "location": "North Montreal",
            "start_date": "2024-01-05",
            "end_date": "2028-08-02",
            "active": True,
            "last_update": "2024-11-26 17:43:27",
            "no": 8,
        },
    },
)

PROJECT_DELETED = Example(
    name="project_deleted",
    summary="The project deleted",
    lines=(2475, 2479),
    value={"code": 200, "message": "Project deleted successfully", "data": []},
)

EQUIPMENT_LIST = Example(
    name="equipment_list",
    summary="List of equipment",
    lines=(2556, 2599),
    value={
        "code": 200,
        "message": "",
        "data": [
            {
                "no": "2",
                "aff_number": "EQ-002",
                "num_equip": "CAM-2023-001",
                "year": "2023",
                "brand": "Toyota",
                "nummodel": "Hiace",
                "numserial": "SNTOYOTA12345",
                "purchase_date": "2023-06-15",
                "purchase_seller": "Toyota Dealership",
                "active": True,
                "type": [{"type_name": "Van", "active": True, "no": "2"}],
            },
            {
                "no": "1",
                "aff_number": "EQ-001",
                "num_equip": "FURN-2022-001",
                "year": "2022",
                "brand": "Ikea",
                "nummodel": "Billy",
                "numserial": "SNBILLY001",
                "purchase_date": "2022-11-01",
                "purchase_seller": "Ikea Store",
                "active": True,
                "type": [{"type_name": "Furniture", "active": True, "no": "3"}],
            },
        ],
    },
)

EQUIPMENT_FOUND = Example(
    name="equipment_found",
    summary="The equipment found",
    lines=(2658, 2680),
    value={
        "code": 200,
        "message": "Equipment found",
        "data": {
            "no": "2",
            "aff_number": "EQ-002",
            "num_equip": "CAM-2023-001",
            "year": "2023",
            "brand": "Toyota",
            "nummodel": "Hiace",
            "numserial": "SNTOYOTA12345",
            "purchase_date": "2023-06-15",
            "purchase_seller": "Toyota Dealership",
            "active": True,
            "type": [{"type_name": "Van", "active": True, "no": "2"}],
        },
    },
)

EQUIPMENT_CREATED = Example(
    name="equipment_created",
    summary="The equipment created",
    lines=(2749, 2771),
    value={
        "code": 201,
        "message": "Equipment inserted successfully",
        "data": {
            "no": 32,
            "aff_number": "EQ-032",
            "num_equip": "FRIDGE-2024-001",
            "year": "2024",
            "brand": "Whirlpool",
            "nummodel": "WRT311FZDW",
            "numserial": "SNWHIRLPOOL4567",
            "purchase_date": "2024-03-10",
            "purchase_seller": "Appliance Store",
            "active": True,
            "type": [{"type_name": "Fridge", "active": True, "no": "3"}],
        },
    },
)

EQUIPMENT_UPDATED = Example(
    name="equipment_updated",
    summary="The equipment updated",
    lines=(2835, 2842),
    value={
        "code": 200,
        "message": "Equipment updated successfully",
        "data": {"num_equip": "FRIDGE-2024-002", "no": 32},
    },
)

EQUIPMENT_DELETED = Example(
    name="equipment_deleted",
    summary="The equipment deleted",
    lines=(2905, 2909),
    value={"code": 200, "message": "Equipment deleted successfully", "data": []},
)

EQUIPMENT_TYPE_LIST = Example(
    name="equipment_type_list",
    summary="List of equipment types",
    lines=(2954, 2969),
    value={
        "code": 200,
        "message": "",
        "data": [
            {"no": "2", "type_name": "Van", "active": "1"},
            {"no": "3", "type_name": "Furniture", "active": "1"},
        ],
    },
)
