"""The local review page (zhibiao review): …"""
