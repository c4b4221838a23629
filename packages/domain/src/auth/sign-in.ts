import { z } from 'zod';

export const signInInputSchema = z.object({
  email: z
    .string('Enter your email address')
    .trim()
    .toLowerCase()
    .min(1, 'Enter your email address')
    .max(254, 'Enter an email address in the correct format, like name@example.com')
    .pipe(z.email('Enter an email address in the correct format, like name@example.com')),
  // Not trimmed: spaces may be part of a password. Capped so hashing cannot be made expensive.
  password: z
    .string('Enter your password')
    .min(1, 'Enter your password')
    .max(1024, 'Password must be 1024 characters or fewer'),
});
export type SignInInput = z.output<typeof signInInputSchema>;
