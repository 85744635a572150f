import { z } from 'zod'
import { defineMethod, emptyInput, idSchema, timestampSchema } from './common'
import { phoneNeedsConsent, residentSignUpFields } from './kiosk'

const openAnswer = z.object({ url: z.string(), host: z.string(), port: z.number().int(), closesAt: timestampSchema }).strict()

/** Residents sign up on their own phones over the hall's network: the worker opens and closes it; the phone page submits. */
export const phoneSignupContract = {
  'phoneSignup.networks': defineMethod({
    summary: "The laptop's IPv4 addresses on local networks (Wi-Fi, hotspot, cable) that phone sign-up can listen on; with `serve --lan-host` only that one.",
    input: emptyInput,
    output: z.object({ addresses: z.array(z.object({ address: z.string(), interface: z.string() }).strict()) }).strict(),
  }),
  'phoneSignup.open': defineMethod({
    summary:
      'Opens phone sign-up for a session: a second listener on the chosen LAN address and its own port, serving only the phone page under a secret per-session link, until closed, the session is held or cancelled, or the hours run out. Opening it again while open answers the same link.',
    input: z.object({ sessionId: idSchema, host: z.string().trim().min(1).max(64).optional() }).strict(),
    output: openAnswer,
  }),
  'phoneSignup.status': defineMethod({
    summary: 'Whether phone sign-up is open for a session, its link, and how many people signed up on phones for it.',
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ open: z.boolean(), url: z.string().nullable(), closesAt: timestampSchema.nullable(), count: z.number().int() }).strict(),
  }),
  'phoneSignup.openList': defineMethod({
    summary: 'The sessions whose phone sign-up is open now (the presenter shows the QR code of one when presenting without a session).',
    input: emptyInput,
    output: z.object({ items: z.array(z.object({ sessionId: idSchema, url: z.string(), closesAt: timestampSchema }).strict()) }).strict(),
  }),
  'phoneSignup.close': defineMethod({
    summary: 'Closes phone sign-up for a session; its link then answers that sign-up has ended and accepts nothing.',
    input: z.object({ sessionId: idSchema }).strict(),
    output: z.object({ open: z.literal(false) }).strict(),
  }),
  'phoneSignup.signUp': defineMethod({
    summary:
      "A resident signs up on their own phone (source phone), allowed only with the open session's secret link token. Same rules as the kiosk: checked in on the session's day, registered before it; the same phone twice answers `already`; another name on a known phone becomes a pending sign-up.",
    input: z
      .object({ ...residentSignUpFields, token: z.string().min(16).max(200) })
      .strict()
      .refine(phoneNeedsConsent, { path: ['consent'], error: 'consent_required_for_phone' }),
    output: z.object({ registered: z.literal(true), checkedIn: z.boolean(), already: z.boolean() }).strict(),
  }),
}
