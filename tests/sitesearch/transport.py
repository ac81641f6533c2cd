"""Test-only transport: osmem answers 406 to the Elasticsearch 8 client's compatibility media type."""

from elastic_transport import Urllib3HttpNode

_COMPATIBLE = "application/vnd.elasticsearch+json; compatible-with=8"


class PlainJsonNode(Urllib3HttpNode):
    def perform_request(self, method, target, body=None, headers=None, request_timeout=None):
        if headers:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                value = headers.get(name)
                if value and "compatible-with" in value:
                    headers[name] = value.replace(
                        "application/vnd.elasticsearch+json; compatible-with=8", "application/json"
                    ).replace("application/vnd.elasticsearch+x-ndjson; compatible-with=8", "application/x-ndjson")
        return super().perform_request(method, target, body=body, headers=headers, request_timeout=request_timeout)
