"""Save the Prefect notification block the failure automation sends through; prints the block's id.

A group robot of 钉钉 or 企业微信 takes the same ``{"msgtype": "text"}`` JSON,
so one Custom Webhook block serves both. Run it with ``PREFECT_API_URL`` set to
the server the automation lives on::

    PREFECT_API_URL=http://127.0.0.1:4200/api .venv/bin/python deploy/alert_block.py 'https://…/robot/send?access_token=…'
"""

from __future__ import annotations

import sys

from prefect.blocks.notifications import CustomWebhookNotificationBlock

BLOCK_NAME = "consortium-review-alert"


def main(url: str) -> None:
    block = CustomWebhookNotificationBlock(
        name="审查运行失败通知",
        url=url,
        json_data={"msgtype": "text", "text": {"content": "{{subject}}\n{{body}}"}},
    )
    print(block.save(BLOCK_NAME, overwrite=True))


if __name__ == "__main__":
    main(sys.argv[1])
