package dev.monazite.web;

/** An error as the API returns it: the HTTP status and a message saying what to change. */
public record ApiError(int status, String message) {}
