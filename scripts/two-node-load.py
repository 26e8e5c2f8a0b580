#!/usr/bin/env python3
"""Load for the two-node drill (two-node-drill.sh): feedback cases driven through BOTH nodes' REST API, alternately,
with no session (HTTP Basic on every call, as a load balancer without sticky sessions would send them): a case is
started on one node and each next call of it goes to the other. Each case: started at the desk with a receivedDate a
month ago, so its answer is overdue at once and the overdue timer (answerOverdue) fires and escalates (plan-escalation,
whose first step is an asynchronous e-mail); the unit's head assigns the officer, the officer drafts, the approver
approves, which publishes the answer and e-mails the sender (through the outbox), the supervising office follows the escalation up, and the
sender rates the answer through the residents' API, which ends the case. A node that stops answering (the drill kills
one) is left, and the call is made again on the other; every step first looks at what the case waits for, so a call
that was lost with the node is never done twice.

With two nodes or more the first cases come in pairs: the two cases of a pair have one text, seen nowhere else, and are started at the same
moment, one on each node. Each node keeps its own copy of the open cases for the duplicate check (ADR 0017); the later
number of a pair must name the earlier as its possible duplicate, and the earlier none.

Usage: two-node-load.py CASES WORKERS SECONDS ADMIN_PASSWORD STARTED_FILE URL [URL ...]
Prints a line per 10 finished cases and, at the end, a JSON summary; exits 1 if a case did not finish within
SECONDS."""
import base64
import datetime
import json
import random
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

CASES, WORKERS, SECONDS = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
ADMIN_PASSWORD, STARTED_FILE, NODES = sys.argv[4], sys.argv[5], sys.argv[6:]
DEADLINE = time.time() + SECONDS
CATEGORIES = ["moi-truong", "y-te", "an-ninh-trat-tu", "ha-tang", "giao-duc"]
RECEIVED = (datetime.date.today() - datetime.timedelta(days=30)).isoformat()

# the pairs are among the first cases the workers take: a pair's two cases start together, and a pair only once the
# pair before it has started, so each pair finds both nodes' copies of the open cases to catch up on
PAIRS = min(4, WORKERS // 2, CASES // 2) if len(NODES) > 1 else 0
together = [threading.Barrier(2) for _ in range(PAIRS)]
both_started = [threading.Barrier(2) for _ in range(PAIRS)]
pair_started = [threading.Event() for _ in range(PAIRS)]
SYLLABLES = ("nước ngập cống rãnh mùi hôi bãi rác tập kết chợ đêm ồn ào loa kẹo kéo vỉa hè lấn chiếm mái che bảng "
             "hiệu cột điện dây cáp võng thấp ngõ hẻm ổ gà bụi xe tải công trường xây dựng giờ cao điểm trường học "
             "cổng đón trả học sinh").split()

alive = {node: True for node in NODES}
lock = threading.Lock()
figures = {"calls": {node: 0 for node in NODES}, "failovers": 0, "timeouts": 0, "retried": 0, "finished": 0,
           "pairs": {}}


class CallLost(Exception):
    """The node died or did not answer in time: the call may or may not have been done."""

    def __init__(self, node_died):
        super().__init__("node died" if node_died else "no answer in time")
        self.node_died = node_died


class RetryLater(Exception):
    pass


def auth(user, password):
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


ADMIN = auth("admin", ADMIN_PASSWORD)


def call(turn, method, path, body=None, who=ADMIN):
    """One HTTP call on the node whose turn it is (the survivor once one is down); (status, parsed JSON)."""
    with lock:
        up = [node for node in NODES if alive[node]]
    if not up:
        raise SystemExit("no node answers")
    node = up[turn % len(up)]
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    if who:
        headers["Authorization"] = who
    request = urllib.request.Request(node + path, method=method, headers=headers,
                                     data=None if body is None else json.dumps(body).encode())
    try:
        with urllib.request.urlopen(request, timeout=120) as answer:
            status, text = answer.status, answer.read()
    except urllib.error.HTTPError as refused:
        status, text = refused.code, refused.read()
    except (TimeoutError, socket.timeout) as slow:
        # a slow node (the machine is busy) is not a dead one; the call may have been done: look again
        with lock:
            figures["timeouts"] += 1
        raise CallLost(False) from slow
    except (urllib.error.URLError, ConnectionError, OSError) as lost:
        if isinstance(getattr(lost, "reason", None), (TimeoutError, socket.timeout)):
            with lock:
                figures["timeouts"] += 1
            raise CallLost(False) from lost
        with lock:
            if alive[node]:
                alive[node] = False
                print(f"{time.strftime('%H:%M:%S')} node {node} does not answer ({lost}); going on with the other",
                      flush=True)
            figures["failovers"] += 1
        raise CallLost(True) from lost
    with lock:
        figures["calls"][node] += 1
    parsed = json.loads(text) if text and text[:1] in (b"{", b"[") else None
    return status, parsed


def read(turn, method, path, body=None):
    """A look-up as the administrator; anything but 200 (a node busy with a conflicting change) is tried again."""
    status, answer = call(turn, method, path, body)
    if status != 200:
        raise RetryLater(f"{path}: {status} {answer}")
    return answer


def variables(values):
    return {"variables": {name: {"value": value} for name, value in values.items()}}


def pair_of(number):
    """The pair a case belongs to (0, 1, …), or None."""
    return (number - 1) // 2 if number <= 2 * PAIRS else None


def text_of(number):
    """(category, title, content): a pair's two cases share theirs, which no other case comes near."""
    pair = pair_of(number)
    if pair is None:
        return (CATEGORIES[number % len(CATEGORIES)],
                f"Phản ánh diễn tập số {number}: {['đèn', 'cống', 'rác', 'vỉa hè', 'cây'][number % 5]} ở tổ dân phố "
                f"{number}", f"Nội dung diễn tập hai máy chủ, hồ sơ số {number}, mã {number * 7919 % 100003}.")
    words = random.Random(pair).sample(SYLLABLES, 16)
    return (CATEGORIES[pair % len(CATEGORIES)], f"Cặp {pair + 1}: " + " ".join(words[:6]),
            " ".join(words[6:]) + f" khu {pair * 7919 % 100003}.")


def start(number, turn):
    contact = f"nguoidan{number}@drill.invalid"
    category, title, content = text_of(number)
    body = variables({"receivedDate": RECEIVED, "channel": "desk", "category": category, "title": title,
                      "content": content, "senderName": f"Người dân {number}", "senderContact": contact})
    body["withVariablesInReturn"] = True
    pair = pair_of(number)
    if pair is not None:
        if pair > 0:
            pair_started[pair - 1].wait(timeout=600)
        together[pair].wait(timeout=600)
    while True:
        try:
            status, started = call(turn, "POST", "/engine-rest/process-definition/key/feedback/start", body,
                                   who=auth("vp.officer", "demo"))
        except CallLost as lost:
            # the start may have been committed: by a node that died (then it is there now or never) or by a slow one
            # (then it may still come): look before starting again
            for _ in range(1 if lost.node_died else 60):
                time.sleep(2)
                try:
                    found = read(turn + 1, "GET", "/engine-rest/history/process-instance?processDefinitionKey=feedback"
                                                  f"&variables=senderContact_eq_{contact}")
                except (CallLost, RetryLater):
                    continue
                if found:
                    pair_arrived(pair)  # a pair whose start was lost is not counted as named rightly
                    return found[0]["id"]
            continue
        if status != 200:
            raise RuntimeError(f"case {number} not started: {status} {started}")
        if pair is not None:
            flagged = started["variables"].get("possibleDuplicateOf", {}).get("value")
            with lock:
                figures["pairs"].setdefault(pair, []).append(
                    {"number": started["businessKey"], "node": turn % len(NODES), "duplicateOf": flagged})
        pair_arrived(pair)
        return started["id"]


def pair_arrived(pair):
    """A case of the pair has started; the next pair starts once both have."""
    if pair is not None:
        both_started[pair].wait(timeout=600)
        pair_started[pair].set()


def user_for(task):
    """The assignee, else the head of the candidate group (unit "vp" or its heads "vp-heads": vp.head)."""
    if task["assignee"]:
        return task["assignee"]
    group = task["group"]
    return (group[:-len("-heads")] if group.endswith("-heads") else group) + ".head"


ANSWERS = {
    "decideDuplicate": lambda case: {"duplicateDecision": "keep"},
    "assignOfficer": lambda case: {"answerOfficer": case["leadUnit"] + ".officer"},
    "draftAnswer": lambda case: {"answer": "Phường đã kiểm tra và xử lý nội dung phản ánh; kết quả đã công khai."},
    "approveAnswer": lambda case: {"approvalDecision": "approve"},
    "followUpOverdueWork": lambda case: {"actionTaken": "Đã nhắc đơn vị chủ trì trả lời ngay."},
}


def drive(number):
    turn = number
    pid = start(number, turn)
    with open(STARTED_FILE, "a") as started:
        started.write(pid + "\n")
    case = {"pid": pid, "subs": []}
    while time.time() < DEADLINE:
        turn += 1
        try:
            if "leadUnit" not in case:
                lead = read(turn, "GET", f"/engine-rest/process-instance/{pid}/variables/leadUnit")
                code = read(turn + 1, "GET", f"/engine-rest/process-instance/{pid}/variables/trackingCode")
                case["leadUnit"], case["code"] = lead["value"], code["value"]
            history = read(turn, "GET", f"/engine-rest/history/process-instance/{pid}")
            if history["state"] == "COMPLETED":
                with lock:
                    figures["finished"] += 1
                    if figures["finished"] % 10 == 0:
                        print(f"{time.strftime('%H:%M:%S')} {figures['finished']} cases finished", flush=True)
                return True
            done = read(turn + 1, "GET", f"/engine-rest/history/activity-instance?processInstanceId={pid}"
                                            f"&finished=true")
            passed = {step["activityId"] for step in done}
            if not case["subs"]:
                subs = read(turn, "GET", f"/engine-rest/process-instance?superProcessInstance={pid}")
                case["subs"] = [sub["id"] for sub in subs]
            tasks = read(turn + 1, "POST", "/engine-rest/task", {"processInstanceIdIn": [pid] + case["subs"]})
            progressed = False
            for task in sorted(tasks, key=lambda t: t["taskDefinitionKey"] != "followUpOverdueWork"):
                key = task["taskDefinitionKey"]
                if key == "assignOfficer" and "answerOverdue" not in passed:
                    continue  # the overdue timer fires first, or it would be cancelled with the answering
                if key not in ANSWERS:
                    raise RuntimeError(f"case {number}: no answer for step {key}")
                turn += 1
                if task["assignee"] is None:
                    links = read(turn, "GET", f"/engine-rest/task/{task['id']}/identity-links?type=candidate")
                    task["group"] = next(link["groupId"] for link in links if link["groupId"])
                user = user_for(task)
                if task["assignee"] is None:
                    status, _ = call(turn + 1, "POST", f"/engine-rest/task/{task['id']}/claim", {"userId": user},
                                     who=auth(user, "demo"))
                    if status != 204:
                        raise RetryLater()
                status, refused = call(turn, "POST", f"/engine-rest/task/{task['id']}/complete",
                                       variables(ANSWERS[key](case)), who=auth(user, "demo"))
                if status not in (200, 204):
                    raise RetryLater(f"{key}: {status} {refused}")
                progressed = True
                break
            if not progressed and "publishAnswer" in passed and not case.get("rated"):
                status, _ = call(turn, "POST", f"/api/public/feedback/{case['code']}/rating",
                                 {"score": 5, "comment": "Hài lòng"}, who=None)
                case["rated"] = status == 204
                progressed = case["rated"]
            if not progressed:
                time.sleep(0.5)
        except (CallLost, RetryLater) as again:
            with lock:
                figures["retried"] += 1
            if isinstance(again, RetryLater) and str(again):
                print(f"case {number}: again after {again}", flush=True)
            time.sleep(0.3)
    print(f"case {number} ({pid}) did not finish", flush=True)
    return False


def pairs_named_rightly():
    """Per pair started together on the two nodes: the later number names the earlier, the earlier names none."""
    right = 0
    for pair, cases in sorted(figures["pairs"].items()):
        cases.sort(key=lambda case: (len(case["number"]), case["number"]))
        if len(cases) == 2 and cases[0]["node"] != cases[1]["node"] and cases[0]["duplicateOf"] is None \
                and cases[1]["duplicateOf"] == cases[0]["number"]:
            right += 1
        else:
            print(f"pair {pair + 1}: not flagged as expected: {cases}", flush=True)
    if PAIRS:
        print(f"pairs of one text started together on the two nodes: {right} of {PAIRS} with the later case naming "
              "the earlier", flush=True)
    return right == PAIRS


began = time.time()
with ThreadPoolExecutor(WORKERS) as pool:
    results = list(pool.map(drive, range(1, CASES + 1)))
figures["seconds"] = round(time.time() - began)
figures["unfinished"] = results.count(False)
pairs_right = pairs_named_rightly()
print(json.dumps(figures, ensure_ascii=False), flush=True)
sys.exit(0 if all(results) and pairs_right else 1)
