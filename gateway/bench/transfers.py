#!/usr/bin/env python3
"""Ownership writes through the gateway: N admins on N ventures, each in a loop of
"read the cap table, transfer 0.0001 % based on the ledgerVersion just read", for a fixed time.

Prints transfers/s, conflicts, errors and each venture's sum of stakes at the end (must be
100.0000), and the ledger length, so that a run on a long ledger shows whether a write's cost
grows with history. Needs the local stack (./mvnw -B -pl platform/devstack exec:java) with the bench
ventures loaded by compare.sh ("Bench Venture 01".."50"); loopback only; standard library only.

    python3 gateway/bench/transfers.py              # 8 admins, 20 s
    ADMINS=8 DURATION=60 python3 gateway/bench/transfers.py
"""
import http.client
import json
import os
import threading
import time
import urllib.parse
import urllib.request
from decimal import Decimal

GATEWAY = ("127.0.0.1", 8080)
TOKEN_URL = "http://127.0.0.1:8180/realms/jv/protocol/openid-connect/token"
ADMINS = int(os.environ.get("ADMINS", "8"))
DURATION = float(os.environ.get("DURATION", "20"))

READ = "query Table($id: ID!) { venture(id: $id) { ledgerVersion ownership { stakes { partner { id } percentage } } } }"
TRANSFER = ("mutation Transfer($id: ID!, $input: TransferStakeInput!) "
            "{ transferStake(ventureId: $id, input: $input) { ledgerVersion } }")
FIND = "query Find { ventures(filter: {search: \"Bench Venture\"}, first: 100) { edges { node { id name } } } }"


def token():
    body = urllib.parse.urlencode({"grant_type": "password", "client_id": "jv-cli",
                                   "username": "admin", "password": "admin-demo"}).encode()
    with urllib.request.urlopen(TOKEN_URL, body, timeout=10) as response:
        return json.load(response)["access_token"]


class Client:
    def __init__(self, bearer):
        self.connection = http.client.HTTPConnection(*GATEWAY, timeout=10)
        self.headers = {"Content-Type": "application/json", "Authorization": "Bearer " + bearer}

    def post(self, query, variables):
        self.connection.request("POST", "/graphql", json.dumps({"query": query, "variables": variables}), self.headers)
        return json.loads(self.connection.getresponse().read())


def admin(venture, bearer, deadline, counts, lock):
    client = Client(bearer)
    done = conflicts = errors = 0
    while time.monotonic() < deadline:
        table = client.post(READ, {"id": venture})["data"]["venture"]
        stakes = table["ownership"]["stakes"]
        giver, taker = stakes[done % len(stakes)], stakes[(done + 1) % len(stakes)]
        answer = client.post(TRANSFER, {"id": venture, "input": {
            "basedOnVersion": table["ledgerVersion"], "effectiveDate": time.strftime("%Y-%m-%d", time.gmtime()),
            "fromPartnerId": giver["partner"]["id"], "toPartnerId": taker["partner"]["id"],
            "percentage": "0.0001", "reason": "bench transfer"}})
        if answer.get("errors"):
            if answer["errors"][0].get("extensions", {}).get("code") == "CONFLICT":
                conflicts += 1
            else:
                errors += 1
                if errors == 1:
                    print("error:", json.dumps(answer["errors"][0])[:300])
        else:
            done += 1
    with lock:
        counts["transfers"] += done
        counts["conflicts"] += conflicts
        counts["errors"] += errors


def main():
    bearer = token()
    ventures = [edge["node"]["id"] for edge in Client(bearer).post(FIND, {})["data"]["ventures"]["edges"]][:ADMINS]
    if len(ventures) < ADMINS:
        raise SystemExit("load the bench ventures first: gateway/bench/compare.sh")
    counts, lock = {"transfers": 0, "conflicts": 0, "errors": 0}, threading.Lock()
    deadline = time.monotonic() + DURATION
    threads = [threading.Thread(target=admin, args=(v, bearer, deadline, counts, lock)) for v in ventures]
    start = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    took = time.monotonic() - start
    print(f"{ADMINS} admins on {ADMINS} ventures, {took:.0f} s: {counts['transfers'] / took:.0f} transfers/s "
          f"({counts['transfers']} transfers, {counts['conflicts']} conflicts, {counts['errors']} errors)")
    client = Client(bearer)
    for venture in ventures:
        table = client.post(READ, {"id": venture})["data"]["venture"]
        total = sum(Decimal(str(s["percentage"])) for s in table["ownership"]["stakes"])
        print(f"  venture {venture}: ledger version {table['ledgerVersion']}, stakes sum to {total}")


if __name__ == "__main__":
    main()
