from generator.describe import Server
from tests.data.acme_base import vendor

VENDOR = vendor(servers=[Server(url="https://{host}/api")])
