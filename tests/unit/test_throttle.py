from scrapers.throttle import HostThrottle


def test_requests_to_one_host_are_spaced_and_hosts_independent():
    now = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    throttle = HostThrottle(clock=lambda: now[0], sleep=sleep)
    throttle.set_delay("a", 2.0)
    throttle.set_delay("a", 0.5)  # a lower delay never relaxes a higher one
    for _ in range(3):
        throttle.wait_turn("a")
    throttle.wait_turn("b")
    assert slept == [2.0, 2.0]
